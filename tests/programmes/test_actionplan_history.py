"""Milestone history: every change of status, due date or progress is recorded; the baseline."""

import datetime

import pytest

from programmes.models import MilestoneChange, MilestoneStatus
from tests.factories import UserFactory
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


def test_milestone_change_records_who_what_from_to_and_why():
    milestone = MilestoneFactory(due_on=datetime.date(2025, 3, 31))
    coordinator = UserFactory(username="noviana")

    milestone.status, milestone.progress = MilestoneStatus.IN_PROGRESS, 40
    milestone.due_on = datetime.date(2025, 5, 31)
    milestone.change_author, milestone.change_reason = coordinator, "Jadwal lokakarya bergeser."
    milestone.save()

    changes = sorted(
        MilestoneChange.objects.filter(milestone=milestone).values_list(
            "field", "old_value", "new_value", "reason", "user__username"
        )
    )
    assert changes == [
        ("due_on", "2025-03-31", "2025-05-31", "Jadwal lokakarya bergeser.", "noviana"),
        ("progress", "0", "40", "Jadwal lokakarya bergeser.", "noviana"),
        ("status", "not_started", "in_progress", "Jadwal lokakarya bergeser.", "noviana"),
    ]


def test_milestone_save_without_tracked_change_records_nothing():
    milestone = MilestoneFactory()

    milestone.title = "Judul baru"
    milestone.save()

    assert MilestoneChange.objects.filter(milestone=milestone).count() == 0


def test_milestone_creation_records_no_change():
    milestone = MilestoneFactory()

    assert (MilestoneChange.objects.filter(milestone=milestone).count(), milestone.version) == (0, 1)


def test_milestone_completion_sets_completed_on_to_today(monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2025, 9, 15))
    milestone = MilestoneFactory(evidence=["https://example.org/a"])

    milestone.status, milestone.progress = MilestoneStatus.COMPLETED, 100
    milestone.save()

    assert milestone.completed_on == datetime.date(2025, 9, 15)


def test_baseline_freezes_planned_dates_once():
    plan = ActionPlanPageFactory()
    activity = ActivityFactory(plan=plan)
    first = MilestoneFactory(activity=activity, due_on=datetime.date(2025, 1, 31))

    first_count = plan.take_baseline()
    first.due_on = datetime.date(2025, 4, 30)
    first.save()
    later = MilestoneFactory(activity=activity, due_on=datetime.date(2026, 1, 31))
    second_count = plan.take_baseline()
    first.refresh_from_db()
    later.refresh_from_db()

    assert (first_count, second_count) == (1, 1)
    assert (first.planned_due_on, first.due_on, first.slip_days) == (
        datetime.date(2025, 1, 31),
        datetime.date(2025, 4, 30),
        89,
    )
    assert later.planned_due_on == datetime.date(2026, 1, 31)
