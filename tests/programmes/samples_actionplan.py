"""Quality-gate samples of the action plan: the plan's progress page, a milestone page, the
report for joint meetings and the plan's files (CSV, XLSX, .ics), in id, en and az. Called by
`tests/programmes/samples.py`.
"""

import datetime

from django.urls import reverse
from django.utils import translation

from programmes.models import MilestoneStatus, ProgrammeIndexPage, Side
from tests.factories import InstitutionFactory
from tests.factories.actionplan import (
    ActionPlanPageFactory,
    ActivityFactory,
    IndicatorValueFactory,
    MilestoneFactory,
)

TITLES = {
    "id": ("Rencana Aksi 2024–2026", "Lokakarya, berbagi pengetahuan dan pengembangan pelayanan publik."),
    "en": ("Action plan 2024–2026", "Workshops, knowledge sharing and the development of public services."),
    "az": ("Fəaliyyət planı 2024–2026", "Seminarlar, bilik mübadiləsi və dövlət xidmətlərinin inkişafı."),
}


def build_action_plan(site):
    taxonomy = site.shared["taxonomy"]
    plans = {}
    for code in site.languages:
        title, summary = TITLES[code]
        plans[code] = site.create(
            ActionPlanPageFactory,
            site.section(ProgrammeIndexPage, code),
            code,
            slug="rencana-aksi-2024",
            title=title,
            summary=summary,
            signatories="Akik Dwi Suharto Rudolfus\nVusal Rustamov",
            goals=f"<p>{summary}</p>",
        )
    agency = InstitutionFactory(
        name="ASAN Xidmət", country=taxonomy[("id", "azerbaijan")], slug="asan-xidmet-sample"
    )
    activity = ActivityFactory(
        plan=plans["id"],
        code="A1",
        title="Lokakarya MPP",
        title_en="MPP workshops",
        title_az="MPP seminarları",
        responsible_institution=taxonomy[("id", "institution")],
        supporting_institution=agency,
        contact_person=taxonomy[("id", "person")],
        weight=2,
    )
    completed = MilestoneFactory(
        activity=activity,
        title="Forum berbagi pengetahuan",
        title_en="Knowledge-sharing forum",
        title_az="Bilik mübadiləsi forumu",
        due_on=datetime.date(2024, 7, 1),
        side=Side.JOINT,
        status=MilestoneStatus.COMPLETED,
        progress=100,
        evidence=["https://www.menpan.go.id/"],
    )
    MilestoneFactory(
        activity=activity,
        title="Lokakarya integrasi layanan",
        title_en="Service integration workshop",
        title_az="Xidmət inteqrasiyası seminarı",
        due_on=datetime.date(2025, 3, 31),
        side=Side.INDONESIA,
        status=MilestoneStatus.DELAYED,
        progress=40,
        status_note="Menunggu jadwal bersama.",
    )
    MilestoneFactory(
        activity=activity,
        title="Laporan akhir",
        title_en="Final report",
        title_az="Yekun hesabat",
        due_on=datetime.date(2026, 6, 30),
        side=Side.AZERBAIJAN,
    )
    IndicatorValueFactory(indicator__activity=activity)
    for code, plan in plans.items():
        site.sample_page(plan, code)
        site.sample("programmes.ActionPlanPage:milestone", code, f"{plan.url}milestones/{completed.pk}/")
        site.sample("programmes.ActionPlanPage:report", code, f"{plan.url}report/2025-12-31/")
        with translation.override(code):
            for name in ("milestones_csv", "milestones_xlsx", "milestones_ics"):
                site.sample(f"programmes:{name}", code, reverse(f"programmes:{name}", args=[plan.pk]))
