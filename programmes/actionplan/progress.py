"""Where a plan stands: its records loaded in a fixed number of queries, and the weighted roll-up.

Roll-up rules (percentages, exact until rounded once for display to one decimal, half up):
- a milestone counts its `effective_progress`: 100 when it counts as completed, its
  progress (at most 99) otherwise; cancelled milestones are left out;
- an activity's progress is the plain mean of its counted milestones (None without any);
- the plan's progress is the mean of its activities' progress weighted by their `weight`,
  over the activities that have a progress;
- a side's progress is the plain mean over the milestones that side owns.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone

from wagtail.models import CollectionViewRestriction, PageViewRestriction

from programmes.actionplan.records import (
    Activity,
    Indicator,
    IndicatorValue,
    MilestoneChange,
    MilestoneEvidence,
    MilestoneStatus,
    Side,
)

SOON_DAYS = 30
ONE_DECIMAL = Decimal("0.1")


def rounded(value):
    """An exact Fraction as a Decimal with one decimal place (None stays None)."""
    if value is None:
        return None
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        ONE_DECIMAL, rounding=ROUND_HALF_UP
    )


def mean(values):
    values = [Fraction(value) for value in values if value is not None]
    return sum(values) / len(values) if values else None


def weighted_mean(pairs):
    """Mean of (weight, value) pairs, skipping pairs without a value; None if nothing counts."""
    pairs = [(Fraction(weight), Fraction(value)) for weight, value in pairs if value is not None]
    total = sum(weight for weight, _value in pairs)
    return sum(weight * value for weight, value in pairs) / total if total else None


@dataclass
class ActivityProgress:
    activity: Activity
    milestones: list
    exact: Fraction | None
    indicators: list = field(default_factory=list)

    @property
    def percent(self):
        return rounded(self.exact)

    @property
    def late(self):
        return [milestone for milestone in self.milestones if milestone.late]


@dataclass
class PlanProgress:
    """The roll-up of one plan on one day; `today` decides what is late and what is due soon."""

    today: datetime.date
    activities: list
    milestones: list
    exact: Fraction | None
    by_side: dict

    @property
    def percent(self):
        return rounded(self.exact)

    @property
    def late(self):
        return sorted((m for m in self.milestones if m.late), key=lambda m: (m.due_on, m.pk))

    @property
    def due_soon(self):
        horizon = self.today + datetime.timedelta(days=SOON_DAYS)
        return [
            m
            for m in self.milestones
            if self.today <= m.due_on <= horizon
            and m.status not in (MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED)
        ]

    @property
    def awaiting_confirmation(self):
        return [m for m in self.milestones if m.awaiting_confirmation()]

    @property
    def has_indicators(self):
        return any(row.indicators for row in self.activities)

    def status_counts(self):
        counts = dict.fromkeys(MilestoneStatus.values, 0)
        for milestone in self.milestones:
            counts[milestone.status] += 1
        return [(MilestoneStatus(status).label, status, count) for status, count in counts.items()]

    def side_rows(self):
        return [(Side(side).label, side, rounded(exact)) for side, exact in self.by_side.items()]


def rollup(activities, milestones, today=None, indicators=()):
    """The PlanProgress of these activities and milestones (already loaded; no queries)."""
    today = today or timezone.localdate()
    per_activity = {activity.pk: [] for activity in activities}
    by_pk = {activity.pk: activity for activity in activities}
    per_side = {side: [] for side in Side.values}
    for milestone in milestones:
        if milestone.activity_id in by_pk:
            milestone.activity = by_pk[milestone.activity_id]
        milestone.late = milestone.is_late(today)
        milestone.late_days = milestone.days_late(today)
        per_activity.setdefault(milestone.activity_id, []).append(milestone)
        per_side[milestone.side].append(milestone.effective_progress)
    per_indicator = {}
    for indicator in indicators:
        per_indicator.setdefault(indicator.activity_id, []).append(indicator)
    rows = [
        ActivityProgress(
            activity=activity,
            milestones=per_activity[activity.pk],
            exact=mean(m.effective_progress for m in per_activity[activity.pk]),
            indicators=per_indicator.get(activity.pk, []),
        )
        for activity in activities
    ]
    return PlanProgress(
        today=today,
        activities=rows,
        milestones=list(milestones),
        exact=weighted_mean((row.activity.weight, row.exact) for row in rows),
        by_side={side: mean(values) for side, values in per_side.items()},
    )


# Loading: a fixed number of queries whatever the number of activities and milestones.


def activity_queryset(plan):
    return plan.activity_queryset().select_related(
        "responsible_institution__locale", "supporting_institution__locale", "contact_person"
    )


def evidence_queryset():
    """Evidence with its page or document, and whether anyone may see it, in one query.

    A page is public when live and no view restriction sits on it or an ancestor; a
    document when no view restriction sits on its collection or an ancestor collection.
    """
    restricted_page = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("page__path"), 1, Length("page__path"))
    )
    restricted_collection = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("document__collection__path"), 1, Length("collection__path"))
    )
    return (
        MilestoneEvidence.objects.select_related("page__locale", "document")
        .annotate(
            page_is_public=Q(page__live=True) & ~Exists(restricted_page),
            document_is_public=~Exists(restricted_collection),
        )
        .order_by("sort_order")
    )


def milestone_queryset(plan, evidence=True):
    """The plan's milestones with their evidence, or (`evidence=False`) only how many links each has."""
    if not evidence:
        # Named as the attribute `Milestone.has_evidence` reads, so the rules still hold.
        return plan.milestone_queryset().annotate(evidence_count=Count("evidence"))
    return plan.milestone_queryset().prefetch_related(Prefetch("evidence", queryset=evidence_queryset()))


def indicator_queryset(plan):
    return Indicator.objects.filter(activity__plan__translation_key=plan.translation_key).prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("period_end"))
    )


def rewind(milestones, moment):
    """The milestones as they stood at `moment` (an aware datetime), from their history.

    Every recorded change after `moment` is undone, newest first; a confirmation given
    after it is not counted; milestones created after it are left out. Returns the list.
    """
    kept = [milestone for milestone in milestones if milestone.created_at <= moment]
    by_pk = {milestone.pk: milestone for milestone in kept}
    later = MilestoneChange.objects.filter(milestone_id__in=by_pk, changed_at__gt=moment).order_by(
        "-changed_at", "-pk"
    )
    for change in later:
        milestone = by_pk[change.milestone_id]
        if change.field == "due_on":
            milestone.due_on = datetime.date.fromisoformat(change.old_value)
        elif change.field == "progress":
            milestone.progress = int(change.old_value or 0)
        else:
            milestone.status = change.old_value
    for milestone in kept:
        if milestone.status != MilestoneStatus.COMPLETED:
            milestone.completed_on = None
        for side in (Side.INDONESIA, Side.AZERBAIJAN):
            confirmed_at = getattr(milestone, f"confirmed_{side}_at")
            if confirmed_at is not None and (confirmed_at > moment or milestone.completed_on is None):
                milestone.unconfirm(side)
    return kept


def load(plan, today=None, public=True, as_of=None, evidence=True, indicators=True):
    """The plan's PlanProgress with its indicators, in five queries (six with `as_of`).

    `as_of` (an aware datetime) gives the milestones as they stood then (see `rewind`).

    With `public=True` every milestone's `shown_evidence` holds only what anyone may see
    (live pages without a view restriction, documents outside restricted collections,
    outside addresses); otherwise all of it. With `evidence=False` the milestones carry
    only `evidence_count` (no `shown_evidence`), and with `indicators=False` the activities
    have none: one query less each, for the coordinators' dashboard.
    """
    activities = list(activity_queryset(plan))
    milestones = list(milestone_queryset(plan, evidence=evidence))
    if as_of is not None:
        milestones = rewind(milestones, as_of)
    loaded_indicators = list(indicator_queryset(plan)) if indicators else []
    if evidence:
        attach_evidence(milestones, public=public)
    return rollup(activities, milestones, today=today, indicators=loaded_indicators)


def attach_evidence(milestones, public=True):
    """Set `shown_evidence` on each milestone: a list of (label, url) pairs."""
    for milestone in milestones:
        shown = []
        for item in milestone.evidence.all():
            if item.page_id:
                if not public or item.page_is_public:
                    shown.append((item.label or item.page.title, item.page.url))
            elif item.document_id:
                if not public or item.document_is_public:
                    shown.append((item.label or item.document.title, item.document.url))
            elif item.url:
                shown.append((item.label or item.url, item.url))
        milestone.shown_evidence = shown


def recent_changes(plan, days=14, limit=20):
    since = timezone.now() - datetime.timedelta(days=days)
    return list(
        MilestoneChange.objects.filter(
            milestone__activity__plan__translation_key=plan.translation_key, changed_at__gte=since
        ).select_related("milestone", "user")[:limit]
    )


def milestone_for(plan, pk):
    """One milestone of the plan with its activity, or None."""
    return milestone_queryset(plan).select_related("activity").filter(pk=pk).first()
