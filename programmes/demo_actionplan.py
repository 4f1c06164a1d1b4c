"""Demo content of the action plan signed in Jakarta on 1 July 2024: its page (id, en, az),
three activities (workshops, knowledge sharing, development of public service delivery),
their milestones across the two years and the MPP indicator (207 in July 2024, 305 by
December 2025).

The plan, its signatories and witnesses, the knowledge-sharing forum and site visits of
July 2024 and the December 2025 symposium are the programme's facts; the other
milestones and their dates are a plausible schedule (the sources do not give one), and
the plan page says so. Called by `programmes.demo.load` after the programme's stories,
which some milestones cite as evidence. Idempotent: activities are matched by code,
milestones by title, indicators by name; nothing an editor changed is overwritten.
"""

# Prose reads better unbroken; the data below is content, not logic.
# ruff: noqa: E501

import datetime

from django.utils import timezone

from cms.models import Institution, Person
from programmes.models import (
    ActionPlanPage,
    Activity,
    Indicator,
    IndicatorValue,
    Milestone,
    MilestoneEvidence,
    MilestoneStatus,
    ProgrammeIndexPage,
    ProgrammePage,
    Side,
)

SIGNATORIES = (
    "Akik Dwi Suharto Rudolfus, Plt. Deputi Bidang Pelayanan Publik KemenPANRB (penanda tangan)\n"
    "Vusal Rustamov, Direktur Jenderal Pusat Inovasi, Badan Negara Azerbaijan (penanda tangan)\n"
    "Abdullah Azwar Anas, Menteri PANRB (saksi)\n"
    "Ulvi Mehdiyev, Kepala Badan Negara untuk Pelayanan Publik dan Inovasi Sosial (saksi)"
)
SIGNATORIES_EN = (
    "Akik Dwi Suharto Rudolfus, acting Deputy for Public Service, KemenPANRB (signatory)\n"
    "Vusal Rustamov, Director General, Innovation Centre of the Azerbaijani agency (signatory)\n"
    "Abdullah Azwar Anas, Minister PANRB (witness)\n"
    "Ulvi Mehdiyev, Head of the State Agency for Public Service and Social Innovation (witness)"
)

PAGE = {
    "id": {
        "slug": "rencana-aksi-2024-2026",
        "title": "Rencana Aksi 2024–2026",
        "summary": "Rencana aksi dua tahun untuk mempercepat pelayanan publik, ditandatangani di Jakarta pada 1 Juli 2024: lokakarya, berbagi pengetahuan dan pengembangan penyelenggaraan pelayanan publik.",
        "signatories": SIGNATORIES,
        "goals": "<ul><li>Lokakarya bersama tentang integrasi layanan, pengelolaan pengaduan, manajemen inovatif serta AI dan data.</li><li>Berbagi pengetahuan antara KemenPANRB dan ASAN Xidmat.</li><li>Pengembangan penyelenggaraan pelayanan publik di Mal Pelayanan Publik.</li></ul><p>Tanggal tonggak di luar forum Juli 2024 dan simposium Desember 2025 adalah jadwal contoh untuk demo.</p>",
    },
    "en": {
        "slug": "action-plan-2024-2026",
        "title": "Action plan 2024–2026",
        "summary": "The two-year plan to accelerate public services, signed in Jakarta on 1 July 2024: workshops, knowledge sharing and development of public service delivery.",
        "signatories": SIGNATORIES_EN,
        "goals": "<ul><li>Joint workshops on service integration, complaint management, innovative management, and AI and data.</li><li>Knowledge sharing between KemenPANRB and ASAN Xidmat.</li><li>Development of public service delivery in the public service malls (MPP).</li></ul><p>Milestone dates other than the July 2024 forum and the December 2025 symposium are a sample schedule for the demo.</p>",
    },
    "az": {
        "slug": "feliyyet-plani-2024-2026",
        "title": "Fəaliyyət planı 2024–2026",
        "summary": "1 iyul 2024-cü ildə Cakartada imzalanmış, dövlət xidmətlərini sürətləndirmək üçün iki illik plan: seminarlar, bilik mübadiləsi və dövlət xidmətlərinin göstərilməsinin inkişafı.",
        "signatories": SIGNATORIES_EN,
        "goals": "<ul><li>Xidmətlərin inteqrasiyası, şikayətlərin idarə edilməsi, innovativ idarəetmə, süni intellekt və məlumatlar üzrə birgə seminarlar.</li><li>KemenPANRB və ASAN Xidmət arasında bilik mübadiləsi.</li><li>Dövlət xidməti mərkəzlərində (MPP) xidmət göstərilməsinin inkişafı.</li></ul><p>2024-cü ilin iyul forumu və 2025-ci ilin dekabr simpoziumundan başqa mərhələ tarixləri demo üçün nümunə cədvəldir.</p>",
    },
}

# (code, weight, responsible, supporting, contact, titles (id, en, az), milestones)
# milestone: (due, side, status, progress, titles (id, en, az), note, evidence [story slugs or URLs], moved_to)
ACTIVITIES = [
    (
        "A1",
        3,
        "kemenpanrb-deputi-pelayanan-publik",
        "state-agency",
        "noviana-andrina",
        ("Lokakarya bersama", "Joint workshops", "Birgə seminarlar"),
        [
            (
                datetime.date(2025, 3, 31),
                Side.JOINT,
                MilestoneStatus.COMPLETED,
                100,
                (
                    "Lokakarya integrasi layanan di MPP",
                    "Workshop on service integration in MPPs",
                    "MPP-lərdə xidmət inteqrasiyası seminarı",
                ),
                "",
                ["rencana-aksi-2024"],
                None,
            ),
            (
                datetime.date(2025, 9, 30),
                Side.JOINT,
                MilestoneStatus.DELAYED,
                60,
                (
                    "Lokakarya pengelolaan pengaduan",
                    "Workshop on complaint management",
                    "Şikayətlərin idarə edilməsi seminarı",
                ),
                "Jadwal bersama bergeser; bahan sudah disiapkan oleh kedua pihak.",
                [],
                datetime.date(2026, 2, 27),
            ),
            (
                datetime.date(2026, 3, 31),
                Side.AZERBAIJAN,
                MilestoneStatus.IN_PROGRESS,
                30,
                (
                    "Lokakarya AI dan data untuk pusat layanan",
                    "Workshop on AI and data for service centres",
                    "Xidmət mərkəzləri üçün süni intellekt və məlumatlar seminarı",
                ),
                "",
                [],
                None,
            ),
        ],
    ),
    (
        "A2",
        2,
        "state-agency",
        "kemenpanrb",
        "vusal-rustamov",
        ("Berbagi pengetahuan", "Knowledge sharing", "Bilik mübadiləsi"),
        [
            (
                datetime.date(2024, 7, 2),
                Side.JOINT,
                MilestoneStatus.COMPLETED,
                100,
                (
                    "Forum berbagi pengetahuan dan kunjungan ke Jakarta Smart City serta MPP DKI Jakarta",
                    "Knowledge-sharing forum and visits to Jakarta Smart City and the MPP of DKI Jakarta",
                    "Bilik mübadiləsi forumu və Cakarta Smart City ilə DKI Cakarta MPP-yə səfərlər",
                ),
                "",
                ["rencana-aksi-2024"],
                None,
            ),
            (
                datetime.date(2025, 12, 20),
                Side.JOINT,
                MilestoneStatus.COMPLETED,
                100,
                (
                    "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan",
                    "Symposium on Indonesia–Azerbaijan public service cooperation",
                    "İndoneziya–Azərbaycan dövlət xidməti əməkdaşlığı simpoziumu",
                ),
                "Dibuka oleh Menteri PANRB Rini Widyantini; empat pilar kerja sama.",
                ["simposium-2025"],
                None,
            ),
            (
                datetime.date(2026, 5, 29),
                Side.AZERBAIJAN,
                MilestoneStatus.NOT_STARTED,
                0,
                (
                    "Paket pengetahuan solusi digital ASAN untuk pusat layanan",
                    "Knowledge pack on ASAN digital solutions for service centres",
                    "Xidmət mərkəzləri üçün ASAN rəqəmsal həlləri üzrə bilik paketi",
                ),
                "",
                [],
                None,
            ),
        ],
    ),
    (
        "A3",
        3,
        "kemenpanrb",
        "innovation-centre",
        "akik-dwi-suharto-rudolfus",
        (
            "Pengembangan penyelenggaraan pelayanan publik",
            "Development of public service delivery",
            "Dövlət xidmətlərinin göstərilməsinin inkişafı",
        ),
        [
            (
                datetime.date(2025, 6, 30),
                Side.INDONESIA,
                MilestoneStatus.DELAYED,
                70,
                (
                    "Pedoman integrasi layanan dan penjaminan mutu MPP",
                    "Guideline on service integration and quality assurance in MPPs",
                    "MPP-lərdə xidmət inteqrasiyası və keyfiyyət təminatı üzrə təlimat",
                ),
                "Menunggu harmonisasi regulasi.",
                [],
                None,
            ),
            (
                datetime.date(2026, 6, 30),
                Side.JOINT,
                MilestoneStatus.NOT_STARTED,
                0,
                (
                    "Laporan akhir rencana aksi untuk para menteri",
                    "Final report of the action plan for the ministers",
                    "Nazirlər üçün fəaliyyət planının yekun hesabatı",
                ),
                "",
                [],
                None,
            ),
        ],
    ),
]

INDICATOR = {
    "activity": "A3",
    "name": ("MPP yang beroperasi", "MPPs operating", "Fəaliyyət göstərən MPP-lər"),
    "unit": "MPP",
    "baseline": (207, datetime.date(2024, 7, 1), "KemenPANRB, penandatanganan rencana aksi 1 Juli 2024"),
    "values": [(datetime.date(2025, 12, 20), 305, "Simposium Kerja Sama Pelayanan Publik, Desember 2025")],
}


# The schedule was agreed at the signing: the report of any day since then shows it.
SIGNED_AT = timezone.make_aware(datetime.datetime(2024, 7, 1, 12, 0))


def load(loader):
    plans = load_page(loader)
    plan = plans["id"]
    stories = {page.slug: page for page in ProgrammePage.objects.filter(locale=loader.locales["id"])}
    new_milestones = []
    for code, weight, responsible, supporting, contact, titles, milestones in ACTIVITIES:
        activity = Activity.objects.filter(plan__translation_key=plan.translation_key, code=code).first()
        if activity is None:
            activity = Activity.objects.create(
                plan=plan,
                code=code,
                weight=weight,
                sort_order=int(code[1:]),
                title=titles[0],
                title_en=titles[1],
                title_az=titles[2],
                responsible_institution=loader.get(Institution, responsible),
                supporting_institution=loader.get(Institution, supporting),
                contact_person=loader.get(Person, contact),
            )
            loader.created["activity"] += 1
        for due, side, status, progress, names, note, evidence, moved_to in milestones:
            if activity.milestones.filter(title=names[0]).exists():
                continue
            milestone = Milestone.objects.create(
                activity=activity,
                title=names[0],
                title_en=names[1],
                title_az=names[2],
                due_on=due,
                side=side,
                status=status,
                progress=progress,
                status_note=note,
                completed_on=due if status == MilestoneStatus.COMPLETED else None,
                created_at=SIGNED_AT,
            )
            for index, reference in enumerate(evidence):
                story = stories.get(reference)
                if story is not None:
                    MilestoneEvidence.objects.create(milestone=milestone, page=story, sort_order=index)
            if status == MilestoneStatus.COMPLETED and side == Side.JOINT:
                milestone.confirm(Side.INDONESIA, None)
                milestone.confirm(Side.AZERBAIJAN, None)
                milestone.save()
            new_milestones.append((milestone, moved_to))
            loader.created["milestone"] += 1
    if new_milestones:
        # The baseline is the schedule as signed; a later move shows as slip and history.
        plan.take_baseline(when=SIGNED_AT)
        for milestone, moved_to in new_milestones:
            if moved_to:
                milestone.refresh_from_db()
                milestone.due_on = moved_to
                milestone.change_reason = "Disepakati ulang dalam rapat koordinasi kedua pihak."
                milestone.save()
    load_indicator(loader, plan)


def load_page(loader):
    programme = loader.section(ProgrammeIndexPage, "id")
    texts = PAGE["id"]
    common = {
        "starts_on": datetime.date(2024, 7, 1),
        "ends_on": datetime.date(2026, 6, 30),
        "signed_on": datetime.date(2024, 7, 1),
        "signed_at": "Jakarta",
    }
    source, _created = loader.child(
        programme,
        ActionPlanPage,
        texts["slug"],
        title=texts["title"],
        summary=texts["summary"],
        signatories=texts["signatories"],
        goals=texts["goals"],
        **common,
    )
    plans = {"id": source}
    for code in ("en", "az"):
        texts = PAGE[code]
        plans[code], _created = loader.translation(
            source,
            code,
            slug=texts["slug"],
            title=texts["title"],
            summary=texts["summary"],
            signatories=texts["signatories"],
            goals=texts["goals"],
        )
    return plans


def load_indicator(loader, plan):
    activity = Activity.objects.filter(plan=plan, code=INDICATOR["activity"]).first()
    if activity is None or activity.indicators.filter(name=INDICATOR["name"][0]).exists():
        return
    value, on, source = INDICATOR["baseline"]
    indicator = Indicator.objects.create(
        activity=activity,
        name=INDICATOR["name"][0],
        name_en=INDICATOR["name"][1],
        name_az=INDICATOR["name"][2],
        unit=INDICATOR["unit"],
        baseline_value=value,
        baseline_on=on,
        source=source,
    )
    for index, (period_end, actual, actual_source) in enumerate(INDICATOR["values"]):
        IndicatorValue.objects.create(
            indicator=indicator, period_end=period_end, value=actual, source=actual_source, sort_order=index
        )
    loader.created["indicator"] += 1
