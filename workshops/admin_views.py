"""The coordinators' roster in the admin: every registration, filterable, exportable as CSV and XLSX.

Only users with the registration permissions see it (the Programme coordinators role,
granted by migration 0005, and superusers); there is no "add" (people register themselves).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.text import without_controls

from .models import EventFeedback, Registration

# A spreadsheet program runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text a spreadsheet shows as typed: a leading apostrophe turns a would-be formula into text.

    `+62 812 …` stays readable as `'+62 812 …`; numbers and dates are left to the writer.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class RosterIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        # XLSX cells are typed as text by Wagtail already; CSV has no types, so escape.
        # Control characters (stored before forms removed them) cannot go in an XLSX cell.
        value = without_controls(super().preprocess_field_value(field, value, export_format))
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return value


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RosterIndexView
    icon = "group"
    menu_label = _("Registrations")
    add_to_admin_menu = True
    list_display = ["name", "institution", "role", "email", "status", "workshop", "created_at"]
    list_filter = ["status", "workshop"]
    list_export = [
        "workshop",
        "name",
        "institution",
        "region",
        "role",
        "email",
        "status",
        "language",
        "created_at",
    ]
    export_filename = "registrations"
    search_fields = ["name", "institution", "email"]
    form_fields = ["name", "institution", "region", "role", "email", "status"]
    ordering = ["workshop", "created_at"]
    inspect_view_enabled = True


class FeedbackViewSet(ModelViewSet):
    """The anonymous feedback on events, read by trainers and coordinators (view only)."""

    model = EventFeedback
    index_view_class = RosterIndexView
    icon = "comment"
    menu_label = _("Event feedback")
    add_to_admin_menu = True
    list_display = ["workshop", "rating", "comment", "created_at"]
    list_filter = ["workshop", "rating"]
    list_export = ["workshop", "rating", "comment", "language", "created_at"]
    export_filename = "feedback"
    form_fields = ["rating", "comment"]
    ordering = ["-created_at"]
