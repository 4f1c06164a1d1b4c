"""Routes of the practices app mounted under the language prefix (/id/mpp/, /en/practices/feed.rss, ...)."""

from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("mpp/", views.tracker_view, name="tracker"),
    path("mpp/areas.csv", views.tracker_csv, name="tracker_csv"),
    path("practices/feed.rss", views.rss, name="feed_rss"),
    path("practices/feed.atom", views.atom, name="feed_atom"),
]

DATA_ROUTES = {
    "tracker_csv": "text/csv",
    "feed_rss": "application/rss+xml",
    "feed_atom": "application/atom+xml",
}
