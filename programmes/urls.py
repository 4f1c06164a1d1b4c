"""Public routes of the programme app, mounted under the language prefix (/id/, /en/, /az/)."""

from django.urls import path

from cms import converters  # noqa: F401  (registers <id:…>)
from programmes.actionplan import views

app_name = "programmes"

urlpatterns = [
    path("action-plan/<id:pk>/milestones.csv", views.milestones_csv, name="milestones_csv"),
    path("action-plan/<id:pk>/milestones.xlsx", views.milestones_xlsx, name="milestones_xlsx"),
    path("action-plan/<id:pk>/milestones.ics", views.milestones_ics, name="milestones_ics"),
]

# Non-HTML routes: the quality gates check their type and HEAD instead of axe.
DATA_ROUTES = {
    "milestones_csv": "text/csv",
    "milestones_xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "milestones_ics": "text/calendar",
}
