"""Admin for the MPP tracker: areas (statuses editable, codes and names from the official data),
national counts, and a CSV import of statuses that checks every row before applying any."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.importer import MAX_ROWS, import_statuses
from practices.models import Area, NationalCount

MAX_UPLOAD = 2 * 1024 * 1024


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "pick"
    list_display = ["code", "name", "kind", "mpp_status", "mpp_opened_on", "updated_on"]
    list_filter = ["kind", "mpp_status"]
    search_fields = ["code", "name"]
    ordering = ["code"]
    add_to_admin_menu = False


class NationalCountViewSet(SnippetViewSet):
    model = NationalCount
    icon = "doc-full"
    list_display = ["count", "as_of", "source"]
    ordering = ["-as_of"]


class TrackerViewSetGroup(SnippetViewSetGroup):
    items = (AreaViewSet, NationalCountViewSet)
    menu_icon = "pick"
    menu_label = _("MPP tracker")
    menu_name = "mpp-tracker"


register_snippet(TrackerViewSetGroup)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: code, mpp_status, mpp_opened_on, updated_on. At most %(count)d rows.")
        % {"count": MAX_ROWS},
    )


def import_view(request):
    """Upload a CSV of statuses: every row is checked; any bad row and nothing is applied."""
    if not request.user.has_perm("practices.change_area"):
        raise PermissionDenied
    errors = []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            form.add_error("file", _("The file is larger than 2 MB."))
        else:
            report = import_statuses(upload.read())
            if report.ok:
                messages.success(request, _("%(count)d areas updated.") % {"count": report.applied})
                return redirect("practices_import_statuses")
            errors = report.errors
    return TemplateResponse(
        request,
        "practices/admin/import_statuses.html",
        {"form": form, "errors": errors, "page_title": _("Import MPP statuses")},
        status=400 if errors else 200,
    )


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("practices/import-statuses/", import_view, name="practices_import_statuses")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("practices.change_area")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import MPP statuses"), reverse("practices_import_statuses"), icon_name="upload", order=900
    )
