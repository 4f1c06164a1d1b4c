"""Template context every public page needs: the main navigation of the current language."""

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms import cache


def site_navigation(request):
    if request.path.startswith(("/admin/", "/django-admin/")):
        return {}
    return {"main_navigation": _LazyNavigation(request)}


class _LazyNavigation:
    """Built on first use only, so responses that never render the menu cost no query."""

    def __init__(self, request):
        self.request = request
        self._items = None

    def __iter__(self):
        if self._items is None:
            self._items = build_navigation(self.request)
        return iter(self._items)


def menu_links(site, language):
    """[(title, url)] of the home page and its live, public, in-menu children in `language`.

    Kept in the content-version cache (cms.cache): a publish, a move or a new view
    restriction shows in the menu at once, and otherwise the menu costs no query.
    """

    def build():
        home = cache.home_page(site, language)
        links = [(None, home.get_url(current_site=site))]
        for child in home.get_children().live().public().in_menu().only("title", "url_path"):
            links.append((child.title, child.get_url(current_site=site)))
        return links

    return cache.memoize(("menu", site.pk, language), build)


def build_navigation(request):
    items = []
    site = cache.site_for_request(request)
    if site is not None:
        for title, url in menu_links(site, get_language()):
            items.append({"title": title or _("Home"), "url": url, "path": url})
    regions = reverse("taxonomy:region_list")
    items.append({"title": _("Regions"), "url": regions, "path": regions})
    current = request.path
    for item in items:
        item["is_current"] = current == item["path"] or (
            item is not items[0] and bool(item["path"]) and current.startswith(item["path"])
        )
    return items
