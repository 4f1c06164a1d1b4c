"""The action plan's records: its activities, indicators, milestones and their history.

The plan is a page (published, translated, under the programme section). Activities,
indicators and milestones are language-neutral records shared by every translation of
the plan (found through the plan's `translation_key`): a milestone has one status and
one history whichever language a coordinator works in, with its title in Indonesian
and optionally English and Azerbaijani.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Side(models.TextChoices):
    """Who owns a milestone: one partner, or both together."""

    INDONESIA = "indonesia", _("Indonesia")
    AZERBAIJAN = "azerbaijan", _("Azerbaijan")
    JOINT = "joint", _("Joint")


class MilestoneStatus(models.TextChoices):
    """The fixed vocabulary of a milestone's state."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    CANCELLED = "cancelled", _("Cancelled")


# The two partner sides a coordinator confirms for; a user's side is the group they are in.
CONFIRMING_SIDES = (Side.INDONESIA, Side.AZERBAIJAN)
SIDE_GROUPS = {
    Side.INDONESIA: "Programme coordinators (Indonesia)",
    Side.AZERBAIJAN: "Programme coordinators (Azerbaijan)",
}
COORDINATOR_GROUPS = ("Moderators", "Programme coordinators")


class Multilingual:
    """Records with `<field>`, `<field>_en` and `<field>_az`: `localized(field)` picks the reader's.

    Indonesian is the plan's working language and is always filled; the other two fall
    back to it when empty.
    """

    def localized(self, field, language=None):
        language = (language or get_language() or "id")[:2]
        if language in ("en", "az"):
            value = getattr(self, f"{field}_{language}", "")
            if value:
                return value
        return getattr(self, field)

    @property
    def display_title(self):
        return self.localized("title")

    @property
    def display_description(self):
        return self.localized("description")

    @property
    def display_name(self):
        return self.localized("name")


class Activity(Multilingual, index.Indexed, models.Model):
    """One activity of a plan: who is responsible, who supports, who to contact, how much it weighs."""

    plan = models.ForeignKey(
        "programmes.ActionPlanPage",
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    code = models.CharField(
        _("code"), max_length=12, help_text=_("Short reference used in reports and spreadsheets, e.g. A1.")
    )
    title = models.CharField(_("title (Indonesian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_az = models.CharField(_("title (Azerbaijani)"), max_length=255, blank=True)
    description = models.TextField(_("description (Indonesian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_az = models.TextField(_("description (Azerbaijani)"), blank=True)
    responsible_institution = models.ForeignKey(
        "cms.Institution",
        verbose_name=_("responsible institution"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    supporting_institution = models.ForeignKey(
        "cms.Institution",
        verbose_name=_("supporting institution"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For a joint activity, the institution of the other country."),
    )
    contact_person = models.ForeignKey(
        "cms.Person",
        verbose_name=_("contact person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("How much this activity counts in the plan's progress, from 1 to 100."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("weight"), FieldPanel("sort_order")]),
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("title_en"), FieldPanel("title_az")], heading=_("Title")
        ),
        MultiFieldPanel(
            [FieldPanel("description"), FieldPanel("description_en"), FieldPanel("description_az")],
            heading=_("Description"),
        ),
        FieldPanel("responsible_institution"),
        FieldPanel("supporting_institution"),
        FieldPanel("contact_person"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("title_en"),
        index.AutocompleteField("title"),
        index.SearchField("code"),
    ]

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["sort_order", "code"]
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="unique_activity_code_per_plan")]

    def __str__(self):
        return f"{self.code} {self.title}"

    def clean(self):
        responsible = self.responsible_institution if self.responsible_institution_id else None
        supporting = self.supporting_institution if self.supporting_institution_id else None
        if responsible and supporting and responsible.country_id == supporting.country_id:
            raise ValidationError(
                {"supporting_institution": _("The supporting institution must be from the other country.")}
            )


class Indicator(Multilingual, ClusterableModel):
    """A measure of an activity's result: a baseline, a target and actual values per period.

    Values are decimals in the indicator's unit (e.g. 207 MPPs). The source says where a
    figure comes from (a report, a statistic, a news release) so that ministers can check it.
    """

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(_("name (Indonesian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    name_az = models.CharField(_("name (Azerbaijani)"), max_length=255, blank=True)
    unit = models.CharField(_("unit"), max_length=60, blank=True, help_text=_("e.g. MPP, people, %."))
    baseline_value = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2)
    baseline_on = models.DateField(_("baseline date"))
    target_value = models.DecimalField(_("target"), max_digits=14, decimal_places=2, null=True, blank=True)
    target_on = models.DateField(_("target date"), null=True, blank=True)
    source = models.CharField(_("source of the baseline"), max_length=500, blank=True)

    panels = [
        FieldPanel("activity"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("name_az")], heading=_("Name")
        ),
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("baseline_value"), FieldPanel("baseline_on")], heading=_("Baseline")),
        FieldRowPanel([FieldPanel("target_value"), FieldPanel("target_on")], heading=_("Target")),
        FieldPanel("source"),
        InlinePanel("values", label=_("actual value"), heading=_("Actual values per period")),
    ]

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["activity__sort_order", "activity__code", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        if (self.target_value is None) != (self.target_on is None):
            raise ValidationError({"target_on": _("Give the target and its date together, or neither.")})


class IndicatorValue(Orderable):
    """The actual value of an indicator at the end of one period."""

    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="values")
    period_end = models.DateField(_("as of"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    source = models.CharField(_("source"), max_length=500, blank=True)

    panels = [FieldPanel("period_end"), FieldPanel("value"), FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("actual value")
        ordering = ["period_end"]


class MilestoneConflict(Exception):
    """Raised when a milestone was changed by someone else since the editor loaded it."""


class Milestone(Multilingual, index.Indexed, ClusterableModel):
    """A dated step of an activity, with its status, progress, owner side and evidence.

    Rules (checked by `clean()`, so the admin form and the import both enforce them):
    - a completed milestone has evidence and is at 100 %, and only a completed one is at 100 %;
    - a joint milestone *counts* as completed (`counts_completed`) only once a coordinator
      of each side has confirmed it;
    - every change of status, due date or progress is recorded in `changes` by `save()`.
    """

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("title (Indonesian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_az = models.CharField(_("title (Azerbaijani)"), max_length=255, blank=True)
    due_on = models.DateField(_("due date"))
    planned_due_on = models.DateField(
        _("planned due date"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The due date in the baseline taken at signing."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=MilestoneStatus.choices, default=MilestoneStatus.NOT_STARTED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    side = models.CharField(_("owner side"), max_length=12, choices=Side.choices)
    status_note = models.TextField(
        _("public note"),
        blank=True,
        help_text=_("Shown to the public and in the report, e.g. why the milestone is late."),
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True, editable=False)
    confirmed_indonesia_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_indonesia_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_azerbaijan_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_azerbaijan_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Bumped by every save: the admin form sends the version it loaded, so a second
    # editor saving over a newer version gets a conflict instead of overwriting it.
    version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("title_en"),
        index.AutocompleteField("title"),
    ]

    TRACKED = ("status", "due_on", "progress")

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on", "pk"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set by the admin form or the import before save(): who, why, and the version they saw.
        self.change_author = None
        self.change_reason = ""
        self.expected_version = None
        self.evidence_count = None

    def __str__(self):
        return self.title

    # Rules

    def has_evidence(self):
        if self.evidence_count is not None:
            return self.evidence_count > 0
        return bool(self.pk) and len(self.evidence.all()) > 0

    def clean(self):
        errors = {}
        if self.status == MilestoneStatus.COMPLETED:
            if not self.has_evidence():
                errors["status"] = _(
                    "A milestone cannot be completed without evidence: add at least one link."
                )
            if self.progress != 100:
                errors["progress"] = _("A completed milestone is at 100 %.")
        elif self.progress == 100:
            errors["progress"] = _("Only a completed milestone is at 100 %; set the status to completed.")
        if errors:
            raise ValidationError(errors)

    def confirmation(self, side):
        return getattr(self, f"confirmed_{side}_by_id"), getattr(self, f"confirmed_{side}_at")

    def awaiting_confirmation(self):
        """The sides whose coordinator still has to confirm this completed joint milestone."""
        if self.side != Side.JOINT or self.status != MilestoneStatus.COMPLETED:
            return []
        return [side for side in CONFIRMING_SIDES if getattr(self, f"confirmed_{side}_at") is None]

    @property
    def counts_completed(self):
        return self.status == MilestoneStatus.COMPLETED and not self.awaiting_confirmation()

    def confirm(self, side, user, when=None):
        """Record that a coordinator of `side` confirms the completion (not saved)."""
        setattr(self, f"confirmed_{side}_by", user)
        setattr(self, f"confirmed_{side}_at", when or timezone.now())

    def unconfirm(self, side):
        setattr(self, f"confirmed_{side}_by", None)
        setattr(self, f"confirmed_{side}_at", None)

    @property
    def effective_progress(self):
        """The share done, in percent, as the roll-up counts it (None: cancelled, left out).

        A completed joint milestone awaiting a confirmation counts 99, not 100.
        """
        if self.status == MilestoneStatus.CANCELLED:
            return None
        if self.counts_completed:
            return 100
        return min(self.progress, 99)

    def is_late(self, today=None):
        """Due before today and neither completed nor cancelled."""
        today = today or timezone.localdate()
        return self.due_on < today and self.status not in (
            MilestoneStatus.COMPLETED,
            MilestoneStatus.CANCELLED,
        )

    def days_late(self, today=None):
        today = today or timezone.localdate()
        return (today - self.due_on).days if self.is_late(today) else 0

    @property
    def slip_days(self):
        """Days between the planned (baseline) and the current due date; None without a baseline."""
        if self.planned_due_on is None:
            return None
        return (self.due_on - self.planned_due_on).days

    # History

    def save(self, *args, **kwargs):
        with transaction.atomic():
            previous = None
            if self.pk:
                previous = (
                    type(self)
                    .objects.select_for_update()
                    .filter(pk=self.pk)
                    .values("version", "status", "due_on", "progress", "planned_due_on")
                    .first()
                )
            if (
                previous
                and self.expected_version is not None
                and previous["version"] != self.expected_version
            ):
                raise MilestoneConflict(self.pk)
            if previous and self.planned_due_on is None:
                # Only take_baseline() sets it; a copy loaded before the baseline keeps it.
                self.planned_due_on = previous["planned_due_on"]
            if self.status == MilestoneStatus.COMPLETED:
                if self.completed_on is None:
                    self.completed_on = timezone.localdate()
            else:
                self.completed_on = None
                for side in CONFIRMING_SIDES:
                    self.unconfirm(side)
            self.version = (previous["version"] if previous else self.version) + 1
            super().save(*args, **kwargs)
            if previous:
                now = timezone.now()
                MilestoneChange.objects.bulk_create(
                    MilestoneChange(
                        milestone=self,
                        field=field,
                        old_value=_stored(previous[field]),
                        new_value=_stored(getattr(self, field)),
                        reason=self.change_reason,
                        user=self.change_author,
                        changed_at=now,
                    )
                    for field in self.TRACKED
                    if _stored(previous[field]) != _stored(getattr(self, field))
                )
            self.expected_version = self.version

    def tracked_changes(self, previous):
        """The tracked fields whose value differs from the `previous` {field: value} mapping."""
        return [
            field for field in self.TRACKED if _stored(previous.get(field)) != _stored(getattr(self, field))
        ]


def _stored(value):
    """A tracked value as history keeps it: ISO dates, plain numbers and codes."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class MilestoneEvidence(Orderable):
    """What proves a milestone's progress: a page on the site (workshop, training module,
    practice), a document, or an outside address. Exactly one of the three."""

    milestone = ParentalKey(Milestone, on_delete=models.CASCADE, related_name="evidence")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("address"), blank=True)
    label = models.CharField(_("label"), max_length=255, blank=True)

    panels = [FieldPanel("page"), FieldPanel("document"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def clean(self):
        given = sum(bool(value) for value in (self.page_id, self.document_id, self.url))
        if given != 1:
            raise ValidationError(_("Choose exactly one: a page, a document or an address."))


class MilestoneChange(models.Model):
    """One recorded change of a milestone's status, due date or progress: who, when, from, to, why."""

    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="changes")
    field = models.CharField(_("what"), max_length=12)
    old_value = models.CharField(_("from"), max_length=40, blank=True)
    new_value = models.CharField(_("to"), max_length=40)
    reason = models.TextField(_("why"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("when"), db_index=True)

    class Meta:
        verbose_name = _("milestone change")
        verbose_name_plural = _("milestone changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.milestone_id} {self.field}: {self.old_value} → {self.new_value}"

    def display(self, value):
        """A stored value in the reader's words (status labels, dates, percentages)."""
        if self.field == "status":
            return MilestoneStatus(value).label if value in MilestoneStatus.values else value
        if self.field == "progress":
            return f"{value} %" if value else ""
        if self.field == "due_on" and value:
            return datetime.date.fromisoformat(value)
        return value

    @property
    def old_display(self):
        return self.display(self.old_value)

    @property
    def new_display(self):
        return self.display(self.new_value)


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", _("Due within 7 days")
    OVERDUE = "overdue", _("Overdue")


class MilestoneReminder(models.Model):
    """One reminder mailed about a milestone: at most one per kind, due date and recipient.

    A moved due date earns a fresh reminder; running the command again the same day (or
    the next) sends nothing twice.
    """

    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    due_on = models.DateField()
    recipient = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("milestone reminder")
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "kind", "due_on", "recipient"], name="one_reminder_per_due_date"
            )
        ]

    def __str__(self):
        return f"{self.milestone_id} {self.kind} {self.due_on} → {self.recipient}"
