"""Factories for the action plan: the plan page, activities, milestones, evidence, indicators.

`MilestoneFactory(evidence=["https://..."])` adds outside-address evidence; factories skip
`clean()`, so tests that check the rules call `full_clean()` or go through the admin.
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from programmes.models import (
    ActionPlanPage,
    Activity,
    Indicator,
    IndicatorValue,
    Milestone,
    MilestoneEvidence,
    MilestoneStatus,
    ProgrammeIndexPage,
    Side,
)

from .pages import section_page
from .taxonomy import InstitutionFactory


class ActionPlanPageFactory(wagtail_factories.PageFactory):
    """The 2024–2026 plan's period under the Indonesian programme section."""

    title = factory.Sequence(lambda n: f"Rencana Aksi {n}")
    summary = "Rencana aksi dua tahun."
    starts_on = datetime.date(2024, 7, 1)
    ends_on = datetime.date(2026, 6, 30)
    signed_on = datetime.date(2024, 7, 1)
    signed_at = "Jakarta"
    parent = factory.LazyFunction(lambda: section_page(ProgrammeIndexPage))

    class Meta:
        model = ActionPlanPage


class ActivityFactory(DjangoModelFactory):
    plan = factory.SubFactory(ActionPlanPageFactory)
    code = factory.Sequence(lambda n: f"A{n + 1}")
    title = factory.Sequence(lambda n: f"Kegiatan {n + 1}")
    responsible_institution = factory.SubFactory(InstitutionFactory)
    weight = 1
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Activity


class MilestoneFactory(DjangoModelFactory):
    activity = factory.SubFactory(ActivityFactory)
    title = factory.Sequence(lambda n: f"Tonggak {n + 1}")
    due_on = datetime.date(2025, 6, 30)
    side = Side.INDONESIA
    status = MilestoneStatus.NOT_STARTED
    progress = 0

    class Meta:
        model = Milestone
        skip_postgeneration_save = True

    @factory.post_generation
    def evidence(milestone, create, extracted, **kwargs):
        for index, url in enumerate(extracted or []):
            MilestoneEvidence.objects.create(milestone=milestone, url=url, sort_order=index)


class MilestoneEvidenceFactory(DjangoModelFactory):
    milestone = factory.SubFactory(MilestoneFactory)
    url = factory.Sequence(lambda n: f"https://example.org/bukti-{n}")

    class Meta:
        model = MilestoneEvidence


class IndicatorFactory(DjangoModelFactory):
    activity = factory.SubFactory(ActivityFactory)
    name = "MPP yang beroperasi"
    name_en = "MPPs operating"
    unit = "MPP"
    baseline_value = 207
    baseline_on = datetime.date(2024, 7, 1)
    source = "KemenPANRB"

    class Meta:
        model = Indicator


class IndicatorValueFactory(DjangoModelFactory):
    indicator = factory.SubFactory(IndicatorFactory)
    period_end = datetime.date(2025, 12, 20)
    value = 305
    source = "Simposium 2025"

    class Meta:
        model = IndicatorValue
