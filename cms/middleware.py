"""Request middleware shared by every app: the public pages' Content-Security-Policy, and
the per-request lookups (site, settings, routing) answered from the content-version cache."""

import copy

from django.http import Http404
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from cms import cache

# The Wagtail admin renders inline scripts and styles that a strict policy would block.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Neither a site nor settings: the health check must not depend on the cache it reports on.
UNSTRUCTURED_PREFIXES = (*ADMIN_PREFIXES, "/health/", "/media/", "/static/")


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, applied to public pages and not to the admin."""

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES):
            return response
        return super().process_response(request, response)


class SiteStructureMiddleware:
    """Answer what every public request looks up from `cms.cache` instead of the database.

    - reads the content version once per request (it must sit above the page cache);
    - fills Wagtail's per-request caches before the view: the Site (`request._wagtail_site`),
      every site setting (`settings.cms.ProgrammeSettings` in templates) and, for Wagtail's
      page view, the route (`request._wagtail_route_for_request`), found with one query for
      the pages on the path plus one for the page itself, instead of two per level.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with cache.pinned_content_version():
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith(UNSTRUCTURED_PREFIXES):
            return None
        site = cache.site_for_request(request)
        request._wagtail_site = site
        if site is None:
            return None
        from wagtail.contrib.settings.models import BaseSiteSetting
        from wagtail.contrib.settings.registry import registry

        for model in registry:
            if issubclass(model, BaseSiteSetting):
                # A copy: Wagtail keeps the request on it, which must not be shared.
                setattr(request, model.get_cache_attr_name(), copy.copy(cache.site_setting(model, site)))
        if view_func is wagtail_serve and not hasattr(request, "_wagtail_route_for_request"):
            try:
                # Wagtail's pattern passes the path positionally.
                path = view_kwargs.get("path", view_args[0] if view_args else "")
                request._wagtail_route_for_request = route(request, site, path)
            except Http404:
                request._wagtail_route_for_request = None
        return None


def _routes_itself(page):
    """True when the page's class has its own `route` (RoutablePageMixin, custom routing)."""
    model = page.specific_class
    return model is None or model.route is not Page.route


def route(request, site, path):
    """Wagtail's `site.root_page.localized.specific.route(request, components)`, in two queries.

    The home page comes from the cache; the pages named by the path are fetched together
    (by slug and depth below the home page), and only the page served is made specific.
    A page type with its own `route` still routes what lies below it. Raises Http404.
    """
    home = copy.copy(cache.home_page(site, get_language()))
    components = [component for component in path.split("/") if component]
    children = {}
    if components:
        candidates = Page.objects.filter(
            path__startswith=home.path,
            depth__gt=home.depth,
            depth__lte=home.depth + len(components),
            slug__in=set(components),
        )
        children = {(page.path[: -Page.steplen], page.slug): page for page in candidates}
    current = home
    for index, component in enumerate(components):
        if _routes_itself(current):
            return current.specific.route(request, components[index:])
        child = children.get((current.path, component))
        if child is None:
            raise Http404
        current = child
    return current.specific.route(request, [])
