"""The weighted roll-up: per activity, per plan and per side, with exact numbers."""

import datetime
from decimal import Decimal

import pytest

from programmes.actionplan import progress
from programmes.models import MilestoneStatus, Side
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

TODAY = datetime.date(2025, 7, 1)


@pytest.fixture
def plan():
    plan = ActionPlanPageFactory()
    first = ActivityFactory(plan=plan, code="A1", weight=3)
    second = ActivityFactory(plan=plan, code="A2", weight=1)
    ActivityFactory(plan=plan, code="A3", weight=2)  # no milestones: left out of the plan's mean
    evidence = ["https://example.org/bukti"]
    MilestoneFactory(
        activity=first, side=Side.INDONESIA, status=MilestoneStatus.COMPLETED, progress=100, evidence=evidence
    )
    MilestoneFactory(
        activity=first,
        side=Side.AZERBAIJAN,
        status=MilestoneStatus.IN_PROGRESS,
        progress=50,
        due_on=datetime.date(2025, 6, 1),
    )
    MilestoneFactory(activity=first, side=Side.INDONESIA, status=MilestoneStatus.CANCELLED, progress=30)
    MilestoneFactory(
        activity=second, side=Side.JOINT, status=MilestoneStatus.COMPLETED, progress=100, evidence=evidence
    )
    MilestoneFactory(activity=second, side=Side.INDONESIA, due_on=datetime.date(2025, 7, 20))
    MilestoneFactory(
        activity=second,
        side=Side.AZERBAIJAN,
        status=MilestoneStatus.DELAYED,
        progress=20,
        due_on=datetime.date(2025, 5, 1),
    )
    return plan


def test_rollup_per_activity_is_the_mean_of_counted_milestones(plan):
    state = progress.load(plan, today=TODAY)

    assert [(row.activity.code, row.percent) for row in state.activities] == [
        ("A1", Decimal("75.0")),
        ("A2", Decimal("39.7")),  # (99 + 0 + 20) / 3: the joint milestone awaits confirmations
        ("A3", None),
    ]


def test_rollup_for_the_plan_is_weighted_by_activity(plan):
    state = progress.load(plan, today=TODAY)

    # (3 × 75 + 1 × 119/3) / 4 = 66.1666…
    assert state.percent == Decimal("66.2")


def test_rollup_per_side(plan):
    state = progress.load(plan, today=TODAY)

    assert state.side_rows() == [
        ("Indonesia", Side.INDONESIA, Decimal("50.0")),
        ("Azerbaijan", Side.AZERBAIJAN, Decimal("35.0")),
        ("Joint", Side.JOINT, Decimal("99.0")),
    ]


def test_late_and_due_soon_are_relative_to_today(plan):
    state = progress.load(plan, today=TODAY)

    assert [(m.title, m.late_days) for m in state.late] == [
        (state.milestones[0].title, 61),
        (state.milestones[1].title, 30),
    ]
    assert [m.due_on for m in state.due_soon] == [datetime.date(2025, 7, 20)]
    assert [m.side for m in state.awaiting_confirmation] == [Side.JOINT]


def test_rollup_of_an_empty_plan_has_no_percent():
    state = progress.load(ActionPlanPageFactory(), today=TODAY)

    assert (state.percent, state.activities, state.late) == (None, [], [])


def test_rounding_is_half_up():
    assert [progress.rounded(progress.mean([value])) for value in (Decimal("0.05"), Decimal("0.15"))] == [
        Decimal("0.1"),
        Decimal("0.2"),
    ]
