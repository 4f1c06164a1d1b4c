"""The site's URLs plus the benchmark's yardstick: a bare Django view returning 20 KB of HTML."""

from django.http import HttpResponse
from django.urls import path

from cms import urls as site_urls

BARE_BODY = "<!DOCTYPE html><title>bare</title><p>" + "x" * (20 * 1024 - 37)


def bare(request):
    """No template, no query: what Django itself costs under the same gunicorn and middleware."""
    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


handler404 = site_urls.handler404
handler500 = site_urls.handler500
urlpatterns = [path("bench/bare/", bare), *site_urls.urlpatterns]
