"""The action plan page and its public routes: progress, one page per milestone, exports.

Routes below a plan's address (e.g. /id/program/rencana-aksi-2024/):
- ``""``: the progress page: goals, roll-up, timeline chart (SVG) and the same data as a
  table, what is late, indicators;
- ``milestones/<id>/``: one milestone with its evidence and the timeline of its changes;
- ``report/`` and ``report/<yyyy-mm-dd>/``: the printable report for a joint meeting as the
  plan stood at the end of that day (today by default): status by activity, what was
  late and why, evidence, indicators; the same with ``?format=pdf`` as a PDF
  (`programmes.actionplan.report`);
Every route answers GET and HEAD. The plan's files (CSV, XLSX, .ics) are app routes:
see `programmes.urls`.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.models import BasePage, Institution
from programmes.actionplan import charts, progress, report
from programmes.actionplan.records import Activity, Milestone, MilestoneChange


class ActionPlanPage(RoutablePageMixin, BasePage):
    """A signed action plan: its period, goals and signatories; its activities hang off it.

    Activities, indicators and milestones are admin snippets linked to the plan (any of
    its translations shows them); see `programmes.actionplan.records`.
    """

    starts_on = models.DateField(_("start of the period"))
    ends_on = models.DateField(_("end of the period"))
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signed_at = models.CharField(
        _("signed at"), max_length=120, blank=True, help_text=_("City, e.g. Jakarta.")
    )
    signatories = models.TextField(
        _("signatories and witnesses"),
        blank=True,
        help_text=_("One per line: name, position, role (signatory or witness)."),
    )
    goals = RichTextField(_("goals"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    baseline_taken_at = models.DateTimeField(
        _("baseline taken at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the planned due dates were frozen for comparison with the actual ones."),
    )

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    template = "programmes/action_plan_page.html"
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Period")),
        FieldRowPanel([FieldPanel("signed_on"), FieldPanel("signed_at")], heading=_("Signature")),
        FieldPanel("signatories"),
        FieldPanel("goals"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("goals"), index.FilterField("starts_on")]

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The period cannot end before it starts.")})

    def signatory_lines(self):
        return [line.strip() for line in self.signatories.splitlines() if line.strip()]

    # Every translation of the plan shares the records of the plan's translation group.
    def activity_queryset(self):
        return Activity.objects.filter(plan__translation_key=self.translation_key)

    def milestone_queryset(self):
        return Milestone.objects.filter(activity__plan__translation_key=self.translation_key)

    def take_baseline(self, when=None):
        """Freeze every milestone's current due date as its planned date; returns how many were set.

        Milestones that already have a planned date keep it, so taking the baseline twice
        changes nothing, and milestones added later get theirs the next time it is taken.
        """
        count = (
            self.milestone_queryset()
            .filter(planned_due_on__isnull=True)
            .update(planned_due_on=models.F("due_on"))
        )
        if self.baseline_taken_at is None:
            self.baseline_taken_at = when or timezone.now()
            type(self).objects.filter(translation_key=self.translation_key).update(
                baseline_taken_at=self.baseline_taken_at
            )
        return count

    # Public routes

    def progress_context(self, public=True):
        """The roll-up of this plan today, with institutions named in the page's language."""
        state = progress.load(self, public=public)
        localize_institutions([row.activity for row in state.activities], self.locale_id)
        return state

    @path("")
    def progress_view(self, request):
        state = self.progress_context()
        return self.render(
            request,
            context_overrides={
                "progress": state,
                "chart": charts.timeline_svg(state, self.starts_on, self.ends_on),
            },
        )

    @path("report/")
    @path("report/<str:day>/")
    def report_view(self, request, day=None):
        """The report as HTML, or as PDF with ``?format=pdf`` (any other format: 404)."""
        kind = request.GET.get("format", "html")
        when = timezone.localdate() if day is None else report_day(day)
        # A day before the plan began or after today has no report (and no cached copy).
        if (
            kind not in ("html", "pdf")
            or when is None
            or not (self.starts_on <= when <= timezone.localdate())
        ):
            raise Http404
        end_of_day = timezone.make_aware(datetime.datetime.combine(when, datetime.time.max))
        state = progress.load(self, today=when, as_of=end_of_day)
        localize_institutions([row.activity for row in state.activities], self.locale_id)
        for row in state.activities:
            for indicator in row.indicators:
                indicator.report_values = [v for v in indicator.values.all() if v.period_end <= when]
        if kind == "pdf":
            return report.pdf_response(request, self, state, when)
        return self.render(
            request,
            template="programmes/action_plan_report.html",
            context_overrides={"progress": state, "report_day": when},
        )

    @path("milestones/<int:pk>/")
    def milestone_view(self, request, pk):
        milestone = progress.milestone_for(self, pk)
        if milestone is None:
            raise Http404
        progress.attach_evidence([milestone], public=True)
        milestone.late = milestone.is_late()
        milestone.late_days = milestone.days_late()
        changes = MilestoneChange.objects.filter(milestone=milestone).order_by("changed_at", "pk")
        return self.render(
            request,
            template="programmes/action_plan_milestone.html",
            context_overrides={"milestone": milestone, "changes": changes},
        )


def report_day(value):
    """A report's day from its URL part (yyyy-mm-dd, exactly), or None when it is not a date.

    Only the one spelling: Python also reads "20250101" and week dates, which would give
    the same report a second address.
    """
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def localize_institutions(activities, locale_id):
    """Point each activity's institutions at their translation in `locale_id`, in one query."""
    keys = {
        institution.translation_key
        for activity in activities
        for institution in (activity.responsible_institution, activity.supporting_institution)
        if institution is not None and institution.locale_id != locale_id
    }
    if not keys:
        return
    translated = {
        item.translation_key: item
        for item in Institution.objects.filter(translation_key__in=keys, locale_id=locale_id).select_related(
            "locale"
        )
    }
    for activity in activities:
        for attribute in ("responsible_institution", "supporting_institution"):
            institution = getattr(activity, attribute)
            if institution is not None and institution.translation_key in translated:
                setattr(activity, attribute, translated[institution.translation_key])
