"""Factories for the practices app: practices, guides, adaptations, tracker areas and national counts.

`PracticeFactory()` is publishable as it stands (summary, origin country, one pillar);
pages land under the Indonesian practices section unless given `parent=`.
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms.models import MPPStatus, RegionKind
from practices.models import (
    Adaptation,
    AdaptationStatus,
    Area,
    NationalCount,
    Practice,
    PracticeIndexPage,
    ReplicationGuide,
    SavedCheck,
)

from .pages import section_page
from .taxonomy import CountryFactory, PillarFactory


def indicator(
    name="Waktu penerbitan paspor",
    unit="jam",
    baseline=None,
    baseline_year=None,
    achieved="3",
    achieved_year=2015,
    source="ASAN Xidmat",
):
    """One indicator block as raw StreamField data."""
    return {
        "type": "indicator",
        "value": {
            "name": name,
            "unit": unit,
            "baseline": baseline,
            "baseline_year": baseline_year,
            "achieved": achieved,
            "achieved_year": achieved_year,
            "source": source,
            "source_url": "",
        },
    }


class PracticeFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praktik Baik {n}")
    summary = "Ringkasan praktik baik."
    parent = factory.LazyFunction(lambda: section_page(PracticeIndexPage))
    origin_country = factory.SubFactory(CountryFactory)
    year_introduced = 2014
    pillars = factory.LazyFunction(lambda: [PillarFactory()])
    indicators = factory.LazyFunction(lambda: [indicator()])

    class Meta:
        model = Practice


class ReplicationGuideFactory(wagtail_factories.PageFactory):
    """A guide with three prerequisites (the first two built by steps 1 and 2) and two steps."""

    title = factory.Sequence(lambda n: f"Panduan Replikasi {n}")
    summary = "Cara mereplikasi praktik ini."
    parent = factory.SubFactory(PracticeFactory)
    readiness = factory.LazyFunction(
        lambda: [
            {
                "type": "item",
                "id": "a1",
                "value": {"item": "Peraturan kepala daerah", "explanation": "", "step": 1},
            },
            {"type": "item", "id": "a2", "value": {"item": "Gedung yang siap", "explanation": "", "step": 2}},
            {
                "type": "item",
                "id": "a3",
                "value": {"item": "Komitmen instansi vertikal", "explanation": "", "step": None},
            },
        ]
    )
    steps = factory.LazyFunction(
        lambda: [
            {
                "type": "step",
                "id": "s1",
                "value": {
                    "what": "Menetapkan peraturan",
                    "who": "Bupati",
                    "duration": "2 bulan",
                    "deliverable": "Peraturan bupati",
                    "legal_basis": "Perpres 89/2021",
                    "details": "",
                },
            },
            {
                "type": "step",
                "id": "s2",
                "value": {
                    "what": "Menyiapkan gedung",
                    "who": "DPMPTSP",
                    "duration": "6 bulan",
                    "deliverable": "Gedung MPP",
                    "legal_basis": "",
                    "details": "",
                },
            },
        ]
    )
    cost_min = 500_000_000
    cost_max = 2_000_000_000
    months_min = 6
    months_max = 12

    class Meta:
        model = ReplicationGuide


class AdaptationFactory(DjangoModelFactory):
    practice = factory.SubFactory(PracticeFactory)
    key = factory.Sequence(lambda n: f"adaptation-{n}")
    name = factory.Sequence(lambda n: f"MPP Contoh {n}")
    year = 2017
    status = AdaptationStatus.OPERATING
    changes = "Disesuaikan dengan peraturan daerah."

    class Meta:
        model = Adaptation


class AreaFactory(DjangoModelFactory):
    """A regency in a province made on the fly; codes follow the official pattern (PP.RR)."""

    code = factory.Sequence(lambda n: f"{90 - n // 99:02d}.{n % 99 + 1:02d}")
    name = factory.Sequence(lambda n: f"Kabupaten Contoh {n}")
    kind = RegionKind.REGENCY
    province = factory.LazyAttribute(
        lambda area: Area.objects.get_or_create(
            code=area.code.partition(".")[0],
            defaults={"name": f"Provinsi {area.code.partition('.')[0]}", "kind": RegionKind.PROVINCE},
        )[0]
    )
    mpp_status = MPPStatus.NONE

    class Meta:
        model = Area


class NationalCountFactory(DjangoModelFactory):
    count = 305
    as_of = datetime.date(2025, 12, 20)
    source = "KemenPANRB"

    class Meta:
        model = NationalCount


class SavedCheckFactory(DjangoModelFactory):
    guide = factory.SubFactory(ReplicationGuideFactory)
    ticked = factory.LazyFunction(lambda: ["a1"])

    class Meta:
        model = SavedCheck


class LeadImageFactory(wagtail_factories.ImageFactory):
    """A real 1600×900 JPEG, so renditions (WebP, JPEG at several widths) can be made from it."""

    title = factory.Sequence(lambda n: f"Pusat layanan {n}")
    file = factory.django.ImageField(width=1600, height=900, color="teal", format="JPEG")
