"""The coordinators' side of the admin: the dashboard, the full exports and the spreadsheet import.

Only users who may change milestones (Moderators, Programme coordinators, superusers) get
in; everyone else gets 403. The dashboard shows one plan at a time (`?plan=<id>`, the most
recent by default): overdue, due in the next 30 days, awaiting a confirmation, recently
changed, progress by activity and by side, and the timeline chart with its table.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from wagtail.admin import messages
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from programmes.actionplan import charts, exports, progress
from programmes.actionplan.forms import MilestoneForm
from programmes.actionplan.imports import MilestoneImport, format_errors
from programmes.actionplan.page import ActionPlanPage
from programmes.actionplan.records import Milestone, MilestoneConflict

PERMISSION = "programmes.change_milestone"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def can_coordinate(user):
    return user.is_active and user.has_perm(PERMISSION)


def plans():
    """One entry per plan, most recent first: its default-language version, else the first made."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    chosen = {}
    for plan in ActionPlanPage.objects.select_related("locale").order_by("-starts_on", "pk"):
        current = chosen.get(plan.translation_key)
        if current is None or (plan.locale.language_code == default != current.locale.language_code):
            chosen[plan.translation_key] = plan
    return list(chosen.values())


class CoordinatorMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_coordinate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_plan(self, plan_id=None):
        if plan_id is None:
            plan_id = self.request.GET.get("plan")
        if plan_id:
            try:
                return ActionPlanPage.objects.get(pk=int(plan_id))
            except (ValueError, ActionPlanPage.DoesNotExist) as error:
                raise Http404 from error
        return ActionPlanPage.objects.order_by("-starts_on", "pk").first()


class DashboardView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """The coordinators' overview of one plan, in four queries of its own whatever its size.

    The plan list (which is also the plan shown), its activities, its milestones with how
    many evidence links each has (the links themselves are on the milestone's edit page),
    and the recent changes; the admin itself adds eight (session, user, permissions, menu).
    """

    template_name = "programmes/admin/dashboard.html"
    page_title = gettext_lazy("Action plan")
    header_icon = "calendar-check"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choices = plans()
        plan = choices[0] if choices else None
        if self.request.GET.get("plan"):
            chosen = [item for item in choices if str(item.pk) == self.request.GET["plan"]]
            plan = chosen[0] if chosen else self.get_plan()
        context["plan"] = plan
        if plan is None:
            return context
        state = progress.load(plan, public=False, evidence=False, indicators=False)
        context.update(
            plans=choices,
            progress=state,
            chart=charts.timeline_svg(state, plan.starts_on, plan.ends_on, chart_id="dashboard-chart"),
            recent=progress.recent_changes(plan),
            edit_url_name="wagtailsnippets_programmes_milestone:edit",
        )
        return context


class ExportView(CoordinatorMixin, View):
    """The full export (all evidence, private included) for coordinators."""

    def get(self, request, plan_id, kind):
        plan = self.get_plan(plan_id)
        state = progress.load(plan, public=False)
        if kind == "csv":
            response = HttpResponse(exports.csv_bytes(state), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(
                exports.xlsx_bytes(state, plan.title),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="{plan.slug}-milestones-full.{kind}"'
        return response


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or XLSX)"),
        help_text=gettext_lazy(
            "Columns as in the export: id (empty for a new milestone), activity, title, side, due_on, "
            "status, progress; optional title_en, title_az, note, evidence, reason."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class ImportView(CoordinatorMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "programmes/admin/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Import milestones")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_coordinate(request.user):
            raise PermissionDenied
        self.plan = self.get_plan(kwargs["plan_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(plan=self.plan, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        result = MilestoneImport(self.plan, user=self.request.user, source=upload.name).run(
            upload.read(), filename=upload.name
        )
        if not result.ok:
            messages.error(self.request, _("Nothing was imported: the file has errors."))
            return self.render_to_response(
                self.get_context_data(form=form, errors=format_errors(result.errors)), status=400
            )
        messages.success(
            self.request,
            _("Import done: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
            % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged},
        )
        return redirect(f"{reverse('programmes_actionplan:dashboard')}?plan={self.plan.pk}")


class BaselineView(CoordinatorMixin, View):
    """POST: freeze the planned due dates of the plan's milestones (those without one)."""

    def post(self, request, plan_id):
        plan = self.get_plan(plan_id)
        count = plan.take_baseline()
        messages.success(request, _("Baseline taken: %(count)d planned dates recorded.") % {"count": count})
        return redirect(f"{reverse('programmes_actionplan:dashboard')}?plan={plan.pk}")


urlpatterns = [
    path("", DashboardView.as_view(), name="dashboard"),
    path("<int:plan_id>/milestones.<str:kind>", ExportView.as_view(), name="export"),
    path("<int:plan_id>/import/", ImportView.as_view(), name="import"),
    path("<int:plan_id>/baseline/", BaselineView.as_view(), name="baseline"),
]


class MilestoneEditView(EditView):
    """Turns a save that lost the race with another editor into a form error, not a 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except MilestoneConflict:
            # The save ran in Wagtail's transaction, rolled back whole: nothing of it was kept.
            message = _(
                "Someone else saved this milestone a moment ago. Nothing was overwritten: open it again."
            )
            form.add_error(None, message)
            self.produced_error_code, self.produced_error_message = "conflict", message
            return self.form_invalid(form)


class MilestoneViewSet(SnippetViewSet):
    model = Milestone
    icon = "calendar-check"
    menu_label = gettext_lazy("Milestones")
    edit_view_class = MilestoneEditView
    list_display = ["title", "activity", "due_on", "status", "progress", "side"]
    list_filter = ["status", "side", "activity"]
    search_fields = ["title", "title_en"]
    ordering = ["due_on"]
    list_export = ["activity", "title", "due_on", "status", "progress", "side"]

    def get_edit_handler(self):
        panels = [
            FieldPanel("activity"),
            MultiFieldPanel(
                [FieldPanel("title"), FieldPanel("title_en"), FieldPanel("title_az")],
                heading=gettext_lazy("Title"),
            ),
            FieldRowPanel([FieldPanel("due_on"), FieldPanel("side")]),
            FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]),
            FieldPanel("status_note"),
            InlinePanel("evidence", label=gettext_lazy("evidence"), heading=gettext_lazy("Evidence")),
            FieldPanel("change_reason"),
            FieldPanel("confirm_completion"),
            HelpPanel(
                template="programmes/admin/milestone_history_panel.html", heading=gettext_lazy("History")
            ),
        ]
        return ObjectList(panels, base_form_class=MilestoneForm).bind_to_model(self.model)
