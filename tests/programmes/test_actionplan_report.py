"""The printable report: one URL per plan and day, the plan as it stood at the end of that day."""

import datetime

import pytest

from django.utils import timezone

from programmes.models import MilestoneStatus
from tests.factories.actionplan import (
    ActionPlanPageFactory,
    ActivityFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MilestoneFactory,
)

pytestmark = pytest.mark.django_db


def at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.fixture
def plan(monkeypatch):
    """A milestone planned for 31 March 2025, started in January, completed in May 2025."""
    plan = ActionPlanPageFactory()
    activity = ActivityFactory(plan=plan, code="A1")
    monkeypatch.setattr(timezone, "now", lambda: at(datetime.date(2024, 7, 1)))
    milestone = MilestoneFactory(
        activity=activity,
        title="Lokakarya integrasi layanan",
        due_on=datetime.date(2025, 3, 31),
        status_note="Menunggu jadwal menteri.",
        created_at=at(datetime.date(2024, 7, 1)),
    )
    monkeypatch.setattr(timezone, "now", lambda: at(datetime.date(2025, 1, 15)))
    milestone.status, milestone.progress, milestone.change_reason = MilestoneStatus.IN_PROGRESS, 40, "Mulai."
    milestone.save()
    monkeypatch.setattr(timezone, "now", lambda: at(datetime.date(2025, 5, 20)))
    milestone.evidence_count = 1
    milestone.status, milestone.progress, milestone.change_reason = MilestoneStatus.COMPLETED, 100, "Selesai."
    milestone.save()
    IndicatorValueFactory(
        indicator=IndicatorFactory(activity=activity), period_end=datetime.date(2025, 12, 20)
    )
    monkeypatch.undo()
    return plan


def test_report_shows_the_plan_as_it_stood_on_its_day(client, plan):
    april = client.get(f"{plan.url}report/2025-04-30/")
    june = client.get(f"{plan.url}report/2025-06-30/")

    [april_milestone] = april.context["progress"].milestones
    [june_milestone] = june.context["progress"].milestones
    assert (april_milestone.status, april_milestone.progress, april_milestone.late_days) == (
        "in_progress",
        40,
        30,
    )
    assert (june_milestone.status, june_milestone.progress, june.context["progress"].late) == (
        "completed",
        100,
        [],
    )
    assert "Menunggu jadwal menteri." in april.content.decode()


def test_report_before_a_milestone_existed_leaves_it_out(client, plan):
    response = client.get(f"{plan.url}report/2024-06-30/")

    assert response.status_code == 404


def test_report_lists_indicator_values_up_to_its_day(client, plan):
    before = client.get(f"{plan.url}report/2025-12-19/")
    after = client.get(f"{plan.url}report/2025-12-20/")

    def values(response):
        return [
            [value.value for value in indicator.report_values]
            for row in response.context["progress"].activities
            for indicator in row.indicators
        ]

    assert (values(before), values(after)) == ([[]], [[305]])


@pytest.mark.parametrize(
    "day", ["31-12-2025", "20250101", "2025-W01-1", "2025-02-30", "9999-12-31", "2020-01-01"]
)
def test_report_with_a_malformed_future_or_early_day_is_not_found(client, plan, day):
    # The plan began on 1 July 2024 (factory): 2020 is before it; nothing after today is reported on.
    assert client.get(f"{plan.url}report/{day}/").status_code == 404


@pytest.mark.parametrize("count", [1, 3, 50])
def test_report_query_count(client, django_assert_num_queries, count):
    plan = ActionPlanPageFactory()
    for _ in range(count):
        milestone = MilestoneFactory(
            activity=ActivityFactory(plan=plan),
            progress=10,
            status="in_progress",
            created_at=at(datetime.date(2024, 7, 1)),
        )
        milestone.progress, milestone.change_reason = 20, "Maju."
        milestone.save()
    url = f"{plan.url}report/2026-01-31/"
    client.get(url)

    # Within 12: the page, the plan's records (no indicators here) and the changes to undo.
    with django_assert_num_queries(8):
        response = client.get(url)

    assert len(response.context["progress"].milestones) == count
