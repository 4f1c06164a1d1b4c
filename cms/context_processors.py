"""Template context every public page needs: the main navigation of the current language."""

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale, Site


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


def build_navigation(request):
    items = []
    site = Site.find_for_request(request)
    if site is not None:
        try:
            locale = Locale.objects.get(language_code=get_language())
            home = site.root_page.get_translation(locale)
        except (Locale.DoesNotExist, site.root_page.DoesNotExist):
            home = site.root_page
        items.append({"title": _("Home"), "url": home.url, "path": home.url})
        for child in home.get_children().live().public().in_menu().only("title", "url_path"):
            url = child.get_url(request=request)
            items.append({"title": child.title, "url": url, "path": url})
    regions = reverse("taxonomy:region_list")
    items.append({"title": _("Regions"), "url": regions, "path": regions})
    current = request.path
    for item in items:
        item["is_current"] = current == item["path"] or (
            item is not items[0] and bool(item["path"]) and current.startswith(item["path"])
        )
    return items
