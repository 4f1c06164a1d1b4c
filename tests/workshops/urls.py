"""Until the kit mounts each app's `urls.py`: the project's URLs with the workshops routes added."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from cms import urls as project_urls

handler404 = project_urls.handler404
handler500 = project_urls.handler500

urlpatterns = [
    pattern
    for pattern in project_urls.urlpatterns
    if not hasattr(pattern, "pattern") or "LocalePrefixPattern" not in type(pattern.pattern).__name__
]
urlpatterns += i18n_patterns(
    path("", include("workshops.urls")),
    path("", include("cms.urls_taxonomy")),
    path("", include("search.urls")),
    path("", include("wagtail.urls")),
    prefix_default_language=True,
)
