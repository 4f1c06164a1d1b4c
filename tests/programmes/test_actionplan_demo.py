"""The demo's action plan: the real 2024 plan's facts, a schedule with slips, late and done items."""

import datetime
import io
from decimal import Decimal

import pytest

from django.core.management import call_command
from django.db import transaction

from programmes.actionplan import progress
from programmes.models import ActionPlanPage, Milestone, MilestoneChange


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_demo_plan_in_three_languages_with_the_signed_period():
    plans = ActionPlanPage.objects.order_by("locale__language_code")

    assert [(p.locale.language_code, p.title, p.starts_on, p.ends_on, p.live) for p in plans] == [
        ("az", "Fəaliyyət planı 2024–2026", datetime.date(2024, 7, 1), datetime.date(2026, 6, 30), True),
        ("en", "Action plan 2024–2026", datetime.date(2024, 7, 1), datetime.date(2026, 6, 30), True),
        ("id", "Rencana Aksi 2024–2026", datetime.date(2024, 7, 1), datetime.date(2026, 6, 30), True),
    ]
    assert "Vusal Rustamov" in plans[2].signatories


def test_demo_milestones_have_a_baseline_and_one_slipped_with_history():
    moved = Milestone.objects.get(title="Lokakarya pengelolaan pengaduan")

    assert (moved.planned_due_on, moved.due_on, moved.slip_days) == (
        datetime.date(2025, 9, 30),
        datetime.date(2026, 2, 27),
        150,
    )
    assert list(
        MilestoneChange.objects.filter(milestone=moved).values_list("field", "old_value", "new_value")
    ) == [("due_on", "2025-09-30", "2026-02-27")]


def test_demo_rollup_on_a_fixed_day():
    plan = ActionPlanPage.objects.get(locale__language_code="id")

    state = progress.load(plan, today=datetime.date(2025, 12, 31))

    assert [(row.activity.code, row.percent) for row in state.activities] == [
        ("A1", Decimal("63.3")),
        ("A2", Decimal("66.7")),
        ("A3", Decimal("35.0")),
    ]
    assert [m.title_en for m in state.late] == [
        "Guideline on service integration and quality assurance in MPPs"
    ]
    assert [
        (str(value.period_end), int(value.value))
        for row in state.activities
        for i in row.indicators
        for value in i.values.all()
    ] == [("2025-12-20", 305)]


def test_demo_completed_milestones_cite_the_programme_stories():
    symposium = Milestone.objects.get(title_en="Symposium on Indonesia–Azerbaijan public service cooperation")

    assert ([item.page.slug for item in symposium.evidence.all()], symposium.counts_completed) == (
        ["simposium-2025"],
        True,
    )
