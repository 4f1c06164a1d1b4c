"""Action plan rules: evidence before completion, 100 % only when completed, joint confirmations."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from programmes.models import MilestoneStatus, Side
from tests.factories import CountryFactory, InstitutionFactory, UserFactory
from tests.factories.actionplan import (
    ActivityFactory,
    IndicatorFactory,
    MilestoneEvidenceFactory,
    MilestoneFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def test_milestone_completed_without_evidence_is_refused():
    milestone = MilestoneFactory(status=MilestoneStatus.COMPLETED, progress=100)

    assert errors_of(milestone) == {
        "status": ["A milestone cannot be completed without evidence: add at least one link."]
    }


def test_milestone_completed_with_evidence_is_accepted():
    milestone = MilestoneFactory(
        status=MilestoneStatus.COMPLETED, progress=100, evidence=["https://example.org/laporan"]
    )

    milestone.full_clean()

    assert milestone.counts_completed is True


def test_milestone_completed_below_100_percent_is_refused():
    milestone = MilestoneFactory(status=MilestoneStatus.COMPLETED, progress=80)
    MilestoneEvidenceFactory(milestone=milestone)

    assert errors_of(milestone) == {"progress": ["A completed milestone is at 100 %."]}


def test_milestone_at_100_percent_must_be_completed():
    milestone = MilestoneFactory(status=MilestoneStatus.IN_PROGRESS, progress=100)

    assert errors_of(milestone) == {
        "progress": ["Only a completed milestone is at 100 %; set the status to completed."]
    }


def test_milestone_progress_above_100_is_refused():
    milestone = MilestoneFactory(status=MilestoneStatus.IN_PROGRESS, progress=101)

    assert list(errors_of(milestone)) == ["progress"]


def test_joint_milestone_counts_completed_only_after_both_sides_confirm():
    milestone = MilestoneFactory(
        side=Side.JOINT, status=MilestoneStatus.COMPLETED, progress=100, evidence=["https://example.org/a"]
    )
    indonesian, azerbaijani = UserFactory(), UserFactory()

    before = (milestone.counts_completed, milestone.awaiting_confirmation(), milestone.effective_progress)
    milestone.confirm(Side.INDONESIA, indonesian)
    milestone.save()
    halfway = (milestone.counts_completed, milestone.awaiting_confirmation(), milestone.effective_progress)
    milestone.confirm(Side.AZERBAIJAN, azerbaijani)
    milestone.save()
    after = (milestone.counts_completed, milestone.awaiting_confirmation(), milestone.effective_progress)

    assert before == (False, [Side.INDONESIA, Side.AZERBAIJAN], 99)
    assert halfway == (False, [Side.AZERBAIJAN], 99)
    assert after == (True, [], 100)


def test_one_sided_milestone_counts_completed_without_confirmation():
    milestone = MilestoneFactory(
        side=Side.AZERBAIJAN,
        status=MilestoneStatus.COMPLETED,
        progress=100,
        evidence=["https://example.org/a"],
    )

    assert (milestone.counts_completed, milestone.effective_progress) == (True, 100)


def test_reopening_a_joint_milestone_clears_its_confirmations():
    milestone = MilestoneFactory(
        side=Side.JOINT, status=MilestoneStatus.COMPLETED, progress=100, evidence=["https://example.org/a"]
    )
    milestone.confirm(Side.INDONESIA, UserFactory())
    milestone.confirm(Side.AZERBAIJAN, UserFactory())
    milestone.save()

    milestone.status, milestone.progress = MilestoneStatus.IN_PROGRESS, 90
    milestone.save()
    milestone.refresh_from_db()

    assert (milestone.confirmed_indonesia_at, milestone.confirmed_azerbaijan_at, milestone.completed_on) == (
        None,
        None,
        None,
    )


def test_cancelled_milestone_is_left_out_of_progress():
    milestone = MilestoneFactory(status=MilestoneStatus.CANCELLED, progress=40)

    assert milestone.effective_progress is None


def test_milestone_is_late_only_when_open_and_past_due():
    today = datetime.date(2025, 7, 1)
    open_late = MilestoneFactory(
        due_on=datetime.date(2025, 6, 1), status=MilestoneStatus.IN_PROGRESS, progress=10
    )
    due_today = MilestoneFactory(due_on=today)
    cancelled = MilestoneFactory(due_on=datetime.date(2025, 6, 1), status=MilestoneStatus.CANCELLED)

    assert [m.days_late(today) for m in (open_late, due_today, cancelled)] == [30, 0, 0]


def test_activity_supporting_institution_from_same_country_is_refused():
    country = CountryFactory()
    activity = ActivityFactory(
        responsible_institution=InstitutionFactory(country=country),
        supporting_institution=InstitutionFactory(country=country),
    )

    assert errors_of(activity) == {
        "supporting_institution": ["The supporting institution must be from the other country."]
    }


def test_indicator_target_needs_its_date():
    indicator = IndicatorFactory(target_value=400)

    assert errors_of(indicator) == {"target_on": ["Give the target and its date together, or neither."]}
