"""URL configuration: the admin, then every public page under a language prefix.

Each project app's `urls.py` (`app_name = "<app label>"`, `urlpatterns`) is mounted here
by itself, under the language prefix (/id/, /en/, /az/) and namespaced by its label:
see `cms.kit.url_modules`. Wagtail's page tree comes last, so app routes win.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import kit, serving

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", serving.health, name="health"),
    # Uploaded files through Django, with their privacy (cms.serving), in every environment.
    re_path(r"^media/(?P<path>.+)$", serving.media, name="media"),
    path("", include("search.urls_api")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path("", include("cms.urls_taxonomy")),
    *(path("", include(module)) for _config, module in kit.url_modules()),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
