"""Public routes of the workshops calendar, mounted under the language prefix (`/id/workshops/`)."""

from django.urls import path

from cms import converters  # noqa: F401  (registers <id:…>)

from . import feedback_views, registration_views, views

app_name = "workshops"

urlpatterns = [
    path("workshops/", views.workshop_list, name="list"),
    path("workshops/<int:year>/<int:month>/", views.workshop_month, name="month"),
    path("workshops/<id:page_id>.ics", views.event_ics, name="event_ics"),
    path("workshops/feeds/all.ics", views.feed_all, name="feed_all"),
    path("workshops/feeds/upcoming.ics", views.feed_upcoming, name="feed_upcoming"),
    path("workshops/feeds/<slug:kind>.ics", views.feed_kind, name="feed_kind"),
    path("workshops/<id:page_id>/register/", registration_views.register_view, name="register"),
    path("workshops/<id:page_id>/registered/", registration_views.registered_view, name="registered"),
    path("workshops/cancel/<str:token>/", registration_views.cancel_view, name="cancel"),
    path("workshops/<id:page_id>/feedback/", feedback_views.feedback_view, name="feedback"),
]

# Non-HTML routes: the quality gates check their content type and HEAD instead of axe.
DATA_ROUTES = {
    "event_ics": "text/calendar",
    "feed_all": "text/calendar",
    "feed_upcoming": "text/calendar",
    "feed_kind": "text/calendar",
}
