"""The plan's public progress page and its report: as many queries with 3 milestones as with 300."""

import datetime

import pytest

from django.utils import timezone

from programmes.models import Milestone, MilestoneEvidence, Side
from tests.factories import PersonFactory, StandardPageFactory
from tests.factories.actionplan import (
    ActionPlanPageFactory,
    ActivityFactory,
    IndicatorValueFactory,
    MilestoneEvidenceFactory,
    MilestoneFactory,
)

pytestmark = pytest.mark.django_db

SIDES = (Side.INDONESIA, Side.AZERBAIJAN, Side.JOINT)


def big_plan(count):
    """A plan of three activities and `count` milestones, each with a link; one also with a page."""
    plan = ActionPlanPageFactory()
    activities = [ActivityFactory(plan=plan, contact_person=PersonFactory()) for _ in range(3)]
    signed = timezone.make_aware(datetime.datetime(2024, 7, 1, 12))
    milestones = Milestone.objects.bulk_create(
        MilestoneFactory.build(
            activity=activities[index % 3],
            side=SIDES[index % 3],
            due_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=index),
            created_at=signed,
        )
        for index in range(count)
    )
    MilestoneEvidence.objects.bulk_create(MilestoneEvidenceFactory.build(milestone=m) for m in milestones)
    MilestoneEvidence.objects.create(milestone=milestones[0], page=StandardPageFactory())
    for activity in activities:
        IndicatorValueFactory(indicator__activity=activity)
    return plan


@pytest.mark.query_count("programmes.ActionPlanPage")
@pytest.mark.parametrize("count", [3, 300])
def test_progress_page_query_count_with_3_and_300_milestones(client, django_assert_num_queries, count):
    plan = big_plan(count)
    client.get(plan.url)  # fills the per-process caches: the steady state is what is counted

    # Within 12: three for the page (route, breadcrumbs, language switcher), five for the plan
    # (activities, milestones, evidence with its privacy, indicators, their values).
    with django_assert_num_queries(8):
        response = client.get(plan.url)

    assert len(response.context["progress"].milestones) == count


@pytest.mark.parametrize("count", [3, 300])
def test_report_query_count_with_3_and_300_milestones(client, django_assert_num_queries, count):
    plan = big_plan(count)
    url = f"{plan.url}report/2025-12-31/"
    client.get(url)

    # Within 12: the progress page's eight and the changes to undo since the report's day.
    with django_assert_num_queries(9):
        response = client.get(url)

    assert len(response.context["progress"].milestones) == count
