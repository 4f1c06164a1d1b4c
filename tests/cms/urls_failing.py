"""A URL configuration with one view that fails, to exercise the 500 handler."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from cms.urls import handler404, handler500
from cms.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("deliberate failure")


urlpatterns = [*i18n_patterns(path("broken/", broken), prefix_default_language=True), *site_urlpatterns]

__all__ = ["handler404", "handler500", "urlpatterns"]
