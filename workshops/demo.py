"""The training section's demo content: its introduction and the programme's real events.

Events, in Indonesian and English: the Baku ToT of 4–6 July 2018 at ASAN Xidmat Center 3,
the signing of the action plan with the delegation's programme and the knowledge-sharing
forum in Jakarta on 1 July 2024, the December 2025 symposium, one planned online
workshop with registration open, and two illustrative 2019 regional workshops delivered by
illustrative ToT alumni (the ToT cascade; their pages say they are illustrative). Where the record gives no hour, the hours are
illustrative and the page says so. Matched by slug: a second load adds nothing and never
overwrites an editor's change.
"""

# Prose reads better unbroken; the data below is content, not logic.
# ruff: noqa: E501

import datetime as dt
import zoneinfo

from cms.models import Country, Institution, Person, Region
from workshops.models import (
    TrainingIndexPage,
    TrainingModulePage,
    TrainingModuleRelease,
    WorkshopKind,
    WorkshopPage,
    WorkshopSession,
)
from workshops.training.demo import load_modules

# The MPP-INT-01 module links the MPP practice and its guide; events serve the action plan's milestones.
AFTER = ("cms", "practices", "programmes")

# The action-plan milestones (activity code, Indonesian title) an event serves, by event slug.
SERVES = {
    "rencana-aksi-jakarta-2024": [
        ("A2", "Forum berbagi pengetahuan dan kunjungan ke Jakarta Smart City serta MPP DKI Jakarta")
    ],
    "simposium-2025": [("A2", "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan")],
    "lokakarya-pengaduan-2027": [("A1", "Lokakarya pengelolaan pengaduan")],
}

# The section page's summary and introduction, per language.
SECTION = {
    "id": (
        "Modul Training for Trainers (ToT), materi dan lokakarya rencana aksi.",
        "<p>Materi pelatihan untuk pelatih, fasilitator kementerian dan alumni ToT.</p>",
    ),
    "en": (
        "Training for Trainers (ToT) modules, materials and the action plan's workshops.",
        "<p>Training material for trainers, ministry facilitators and ToT alumni.</p>",
    ),
    "az": (
        "Təlimçilər üçün təlim (ToT) modulları, materiallar və fəaliyyət planının seminarları.",
        "<p>Təlimçilər, nazirlik fasilitatorları və ToT məzunları üçün təlim materialları.</p>",
    ),
}

ILLUSTRATIVE = {
    "id": "Jam pada data demo ini bersifat ilustratif; tanggal mengikuti catatan program.",
    "en": "The hours in this demo data are illustrative; the dates follow the programme's record.",
}


def local(zone, year, month, day, hour, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


# Each event: page fields, organiser and speaker slugs, and sessions as
# (start, end, {"id": title, "en": title}, speaker slugs, room).
EVENTS = [
    {
        "slug": "tot-baku-2018",
        "kind": WorkshopKind.TOT,
        "time_zone": "Asia/Baku",
        "start": local("Asia/Baku", 2018, 7, 4, 9),
        "end": local("Asia/Baku", 2018, 7, 6, 17),
        "venue": "ASAN Xidmat Center 3",
        "city": "Baku",
        "country": "azerbaijan",
        # The trainers it trained (illustrative people of TRAINERS below) and, by session
        # position, the module version a session taught: the ASAN model and the integration day.
        "trained": ["trainer-padang-2018", "trainer-badung-2018", "trainer-denpasar-2018"],
        "modules": {0: ("MPP-INT-01", "1.0"), 1: ("MPP-INT-01", "1.0")},
        "organisers": ["state-agency", "kemenpanrb-deputi-pelayanan-publik"],
        "languages": {"in_indonesian": True, "in_english": True, "in_azerbaijani": True},
        "id": {
            "title": "Training for Trainers di Baku 2018",
            "slug": "tot-baku-2018",
            "summary": "Tiga hari pelatihan di ASAN Xidmat Center 3 untuk KemenPANRB dan pemerintah daerah: mengintegrasikan unit layanan di Mal Pelayanan Publik.",
            "description": [
                "Peserta dari Kabupaten Belu, Kota Padang, Kota Pekanbaru, Kabupaten Badung, Kota Denpasar, Kota Samarinda dan DKI Jakarta: bupati, sekretaris daerah, kepala dan kepala seksi DPMPTSP. Sebagian daerah sudah membangun MPP, sebagian sedang membangun, sebagian merencanakannya.",
                "Peserta juga mengunjungi Public Service Hall di Georgia. Koordinator: Noviana Andrina, Asisten Deputi Wilayah I.",
            ],
        },
        "en": {
            "title": "Training for Trainers in Baku, 2018",
            "slug": "tot-baku-2018-en",
            "summary": "Three days at ASAN Xidmat Center 3 for KemenPANRB and regional governments: integrating service units in public service malls.",
            "description": [
                "Participants from Belu Regency, Padang, Pekanbaru, Badung Regency, Denpasar, Samarinda and DKI Jakarta: regents, regional secretaries, heads and section heads of DPMPTSP. Some regions had already built an MPP, some were building one, some planned one.",
                "Participants also visited the Public Service Hall in Georgia. Coordinator: Noviana Andrina, Assistant Deputy for Region I.",
            ],
        },
        "sessions": [
            (
                local("Asia/Baku", 2018, 7, 4, 9),
                local("Asia/Baku", 2018, 7, 4, 17),
                {
                    "id": "Model ASAN Xidmat: satu atap untuk banyak instansi",
                    "en": "The ASAN Xidmat model: one roof for many agencies",
                },
                [],
                "ASAN Xidmat Center 3",
            ),
            (
                local("Asia/Baku", 2018, 7, 5, 9),
                local("Asia/Baku", 2018, 7, 5, 17),
                {"id": "Mengintegrasikan unit layanan di MPP", "en": "Integrating service units in an MPP"},
                ["noviana-andrina"],
                "ASAN Xidmat Center 3",
            ),
            (
                local("Asia/Baku", 2018, 7, 6, 9),
                local("Asia/Baku", 2018, 7, 6, 17),
                {"id": "Rencana tindak lanjut daerah", "en": "Regional follow-up plans"},
                [],
                "ASAN Xidmat Center 3",
            ),
        ],
    },
    {
        "slug": "rencana-aksi-jakarta-2024",
        "kind": WorkshopKind.FORUM,
        "time_zone": "Asia/Jakarta",
        "start": local("Asia/Jakarta", 2024, 7, 1, 8),
        "end": local("Asia/Jakarta", 2024, 7, 1, 17),
        "venue": "Kantor KemenPANRB",
        "city": "Jakarta",
        "country": "indonesia",
        "organisers": ["kemenpanrb", "state-agency"],
        "languages": {"in_indonesian": True, "in_english": True, "in_azerbaijani": True},
        "id": {
            "title": "Penandatanganan rencana aksi dan forum berbagi pengetahuan, Jakarta 2024",
            "slug": "rencana-aksi-jakarta-2024",
            "summary": "Para mitra menandatangani rencana aksi dua tahun untuk percepatan pelayanan publik dan memperbarui MoU 2017; delegasi Azerbaijan berkunjung ke Jakarta.",
            "description": [
                "Ditandatangani oleh Akik Dwi Suharto Rudolfus (Plt. Deputi Bidang Pelayanan Publik, KemenPANRB) dan Vusal Rustamov (Direktur Jenderal Pusat Inovasi Badan Negara Azerbaijan), disaksikan Menteri PANRB Abdullah Azwar Anas dan Kepala Badan Ulvi Mehdiyev.",
                "Rencana aksi berjalan dua tahun: lokakarya, berbagi pengetahuan dan pengembangan penyelenggaraan pelayanan publik. Saat itu Indonesia memiliki 207 MPP.",
            ],
        },
        "en": {
            "title": "Action plan signing and knowledge-sharing forum, Jakarta 2024",
            "slug": "action-plan-jakarta-2024",
            "summary": "The partners sign a two-year action plan to accelerate public services and renew the 2017 MoU; the Azerbaijani delegation visits Jakarta.",
            "description": [
                "Signed by Akik Dwi Suharto Rudolfus (acting Deputy for Public Service, KemenPANRB) and Vusal Rustamov (Director General, Innovation Centre of the Azerbaijani agency), witnessed by Minister Abdullah Azwar Anas and Agency Head Ulvi Mehdiyev.",
                "The action plan runs two years: workshops, knowledge sharing and development of public service delivery. Indonesia then had 207 MPPs.",
            ],
        },
        "sessions": [
            (
                local("Asia/Jakarta", 2024, 7, 1, 8),
                local("Asia/Jakarta", 2024, 7, 1, 9, 30),
                {
                    "id": "Pertemuan tingkat menteri dan penandatanganan rencana aksi",
                    "en": "Ministerial meeting and signing of the action plan",
                },
                ["akik-dwi-suharto-rudolfus", "vusal-rustamov", "abdullah-azwar-anas", "ulvi-mehdiyev"],
                "",
            ),
            (
                local("Asia/Jakarta", 2024, 7, 1, 10),
                local("Asia/Jakarta", 2024, 7, 1, 11),
                {
                    "id": "Audiensi dengan Wakil Presiden Ma'ruf Amin",
                    "en": "Audience with Vice President Ma'ruf Amin",
                },
                ["maruf-amin"],
                "",
            ),
            (
                local("Asia/Jakarta", 2024, 7, 1, 12, 30),
                local("Asia/Jakarta", 2024, 7, 1, 13, 30),
                {"id": "Kunjungan ke Jakarta Smart City", "en": "Visit to Jakarta Smart City"},
                [],
                "",
            ),
            (
                local("Asia/Jakarta", 2024, 7, 1, 14),
                local("Asia/Jakarta", 2024, 7, 1, 15),
                {"id": "Kunjungan ke MPP DKI Jakarta", "en": "Visit to the MPP of DKI Jakarta"},
                [],
                "",
            ),
            (
                local("Asia/Jakarta", 2024, 7, 1, 15, 30),
                local("Asia/Jakarta", 2024, 7, 1, 17),
                {"id": "Forum berbagi pengetahuan", "en": "Knowledge-sharing forum"},
                [],
                "",
            ),
        ],
    },
    {
        "slug": "simposium-2025",
        "kind": WorkshopKind.SYMPOSIUM,
        "time_zone": "Asia/Jakarta",
        "start": local("Asia/Jakarta", 2025, 12, 18, 9),
        "end": local("Asia/Jakarta", 2025, 12, 18, 16),
        "venue": "Kantor KemenPANRB",
        "city": "Jakarta",
        "country": "indonesia",
        "organisers": ["kemenpanrb", "state-agency"],
        "languages": {"in_indonesian": True, "in_english": True},
        "id": {
            "title": "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan 2025",
            "slug": "simposium-2025",
            "summary": "Simposium yang dibuka Menteri PANRB Rini Widyantini, diberitakan 20 Desember 2025, dengan empat pilar kerja sama.",
            "description": [
                "Empat pilar: pelibatan warga melalui pengelolaan pengaduan; integrasi layanan dan penjaminan mutu di pusat layanan; peningkatan mutu melalui manajemen inovatif; pemanfaatan AI dan data. Indonesia kini memiliki 305 MPP.",
                "Tanggal pasti simposium tidak tercatat; data demo memakai 18 Desember 2025.",
            ],
        },
        "en": {
            "title": "Symposium on Indonesia–Azerbaijan Public Service Cooperation, 2025",
            "slug": "symposium-2025",
            "summary": "The symposium opened by Minister PANRB Rini Widyantini, reported on 20 December 2025, with the cooperation's four pillars.",
            "description": [
                "Four pillars: engaging citizens through better complaint management; service integration and quality assurance in service centres; raising quality through innovative management; harnessing AI and data. Indonesia now has 305 MPPs.",
                "The record does not give the exact day; the demo data uses 18 December 2025.",
            ],
        },
        "sessions": [
            (
                local("Asia/Jakarta", 2025, 12, 18, 9),
                local("Asia/Jakarta", 2025, 12, 18, 10),
                {"id": "Pembukaan oleh Menteri PANRB", "en": "Opening by the Minister PANRB"},
                ["rini-widyantini"],
                "",
            ),
            (
                local("Asia/Jakarta", 2025, 12, 18, 10, 30),
                local("Asia/Jakarta", 2025, 12, 18, 16),
                {"id": "Empat pilar kerja sama", "en": "The cooperation's four pillars"},
                [],
                "",
            ),
        ],
    },
    {
        "slug": "lokakarya-pengaduan-2027",
        "kind": WorkshopKind.WORKSHOP,
        "time_zone": "Asia/Jakarta",
        "start": local("Asia/Jakarta", 2027, 2, 10, 14),
        "end": local("Asia/Jakarta", 2027, 2, 10, 16),
        "online_url": "https://jembatan.example/daring/pengaduan",
        "organisers": ["kemenpanrb-deputi-pelayanan-publik", "innovation-centre"],
        "languages": {"in_indonesian": True, "in_english": True},
        "capacity": 40,
        "registration_opens": local("Asia/Jakarta", 2026, 1, 5, 0),
        "registration_closes": local("Asia/Jakarta", 2027, 2, 8, 0),
        "id": {
            "title": "Lokakarya daring: pengelolaan pengaduan di MPP",
            "slug": "lokakarya-pengaduan-2027",
            "summary": "Lokakarya daring pilar pertama: melibatkan warga melalui pengelolaan pengaduan yang lebih baik. Contoh acara terencana pada data demo.",
            "description": [
                "Untuk kepala dan staf DPMPTSP yang mengelola MPP. Pukul 14.00 WIB adalah pukul 11.00 di Baku."
            ],
        },
        "en": {
            "title": "Online workshop: complaint management in MPPs",
            "slug": "complaint-workshop-2027",
            "summary": "An online workshop on the first pillar: engaging citizens through better complaint management. A planned event in the demo data.",
            "description": [
                "For heads and staff of the DPMPTSP offices that run MPPs. 14:00 WIB is 11:00 in Baku."
            ],
        },
        "sessions": [
            (
                local("Asia/Jakarta", 2027, 2, 10, 14),
                local("Asia/Jakarta", 2027, 2, 10, 16),
                {
                    "id": "Belajar dari pengelolaan pengaduan ASAN Xidmat",
                    "en": "Learning from ASAN Xidmat's complaint management",
                },
                [],
                "",
            ),
        ],
    },
    # Two later regional workshops delivered by ToT alumni: illustrative, for the ToT cascade.
    {
        "slug": "lokakarya-integrasi-padang-2019",
        "kind": WorkshopKind.WORKSHOP,
        "time_zone": "Asia/Jakarta",
        "start": local("Asia/Jakarta", 2019, 3, 12, 9),
        "end": local("Asia/Jakarta", 2019, 3, 12, 16),
        "venue": "Kantor DPMPTSP Kota Padang",
        "city": "Padang",
        "country": "indonesia",
        "region": "padang",
        "organisers": ["dpmptsp-padang"],
        "languages": {"in_indonesian": True},
        "modules": {0: ("MPP-INT-01", "1.0")},
        "id": {
            "title": "Lokakarya integrasi layanan MPP di Padang (ilustratif)",
            "slug": "lokakarya-integrasi-padang-2019",
            "summary": "Contoh ilustratif: alumni ToT Baku 2018 meneruskan modul MPP-INT-01 kepada staf layanan di daerahnya.",
            "description": [
                "Acara ini adalah data demo ilustratif untuk menunjukkan kaskade ToT, bukan catatan program."
            ],
        },
        "en": {
            "title": "MPP service integration workshop in Padang (illustrative)",
            "slug": "integration-workshop-padang-2019",
            "summary": "Illustrative example: an alumnus of the 2018 Baku ToT passes module MPP-INT-01 on to service staff in their region.",
            "description": [
                "This event is illustrative demo data showing the ToT cascade, not a record of the programme."
            ],
        },
        "sessions": [
            (
                local("Asia/Jakarta", 2019, 3, 12, 9),
                local("Asia/Jakarta", 2019, 3, 12, 16),
                {"id": "Mengintegrasikan unit layanan di MPP", "en": "Integrating service units in an MPP"},
                ["trainer-padang-2018"],
                "",
            ),
        ],
    },
    {
        "slug": "lokakarya-integrasi-denpasar-2019",
        "kind": WorkshopKind.WORKSHOP,
        "time_zone": "Asia/Makassar",
        "start": local("Asia/Makassar", 2019, 4, 16, 9),
        "end": local("Asia/Makassar", 2019, 4, 16, 16),
        "venue": "Kantor DPMPTSP Kota Denpasar",
        "city": "Denpasar",
        "country": "indonesia",
        "region": "denpasar",
        "organisers": ["dpmptsp-denpasar", "dpmptsp-badung"],
        "languages": {"in_indonesian": True},
        "modules": {0: ("MPP-INT-01", "1.0")},
        "id": {
            "title": "Lokakarya integrasi layanan MPP di Denpasar (ilustratif)",
            "slug": "lokakarya-integrasi-denpasar-2019",
            "summary": "Contoh ilustratif: dua alumni ToT Baku 2018 dari Bali meneruskan modul MPP-INT-01.",
            "description": [
                "Acara ini adalah data demo ilustratif untuk menunjukkan kaskade ToT, bukan catatan program."
            ],
        },
        "en": {
            "title": "MPP service integration workshop in Denpasar (illustrative)",
            "slug": "integration-workshop-denpasar-2019",
            "summary": "Illustrative example: two alumni of the 2018 Baku ToT from Bali pass module MPP-INT-01 on.",
            "description": [
                "This event is illustrative demo data showing the ToT cascade, not a record of the programme."
            ],
        },
        "sessions": [
            (
                local("Asia/Makassar", 2019, 4, 16, 9),
                local("Asia/Makassar", 2019, 4, 16, 16),
                {"id": "Mengintegrasikan unit layanan di MPP", "en": "Integrating service units in an MPP"},
                ["trainer-badung-2018", "trainer-denpasar-2018"],
                "",
            ),
        ],
    },
]

# Illustrative trainers trained by the 2018 ToT, one per participant region the record names
# (no real person's name): (slug, region slug, {language: (name, role)}).
TRAINERS = [
    (
        slug_region,
        region,
        {
            "id": (
                f"Fasilitator DPMPTSP {names[0]} (ilustratif)",
                f"Alumni ToT Baku 2018, DPMPTSP {names[0]}",
            ),
            "en": (
                f"DPMPTSP {names[1]} facilitator (illustrative)",
                f"2018 Baku ToT alumnus, DPMPTSP {names[1]}",
            ),
            "az": (
                f"DPMPTSP {names[1]} fasilitatoru (illüstrativ)",
                f"2018 Bakı ToT məzunu, DPMPTSP {names[1]}",
            ),
        },
    )
    for slug_region, region, names in (
        ("trainer-padang-2018", "padang", ("Kota Padang", "Padang")),
        ("trainer-badung-2018", "badung", ("Kabupaten Badung", "Badung")),
        ("trainer-denpasar-2018", "denpasar", ("Kota Denpasar", "Denpasar")),
    )
]


def load(loader):
    pages = loader.fill_section(TrainingIndexPage, SECTION)
    # The ToT modules and their materials first (workshops/training/demo.py): sessions name their releases.
    load_modules(loader, pages)
    load_trainers(loader)
    for event in EVENTS:
        load_event(loader, pages, event)


def load_trainers(loader):
    """The illustrative ToT alumni (taxonomy people), each at its region's DPMPTSP."""
    for slug, region, texts in TRAINERS:
        loader.item(
            Person,
            slug,
            {"institution": loader.get(Institution, f"dpmptsp-{region}"), "is_trainer": True},
            {code: {"name": name, "role": role} for code, (name, role) in texts.items()},
        )


def page_fields(loader, event, language):
    text = event[language]
    description = [*text["description"], ILLUSTRATIVE[language]]
    fields = {
        "title": text["title"],
        "slug": text["slug"],
        "summary": text["summary"],
        "description": "".join(f"<p>{paragraph}</p>" for paragraph in description),
    }
    country = event.get("country")
    fields["country"] = loader.get(Country, country, language) if country else None
    region = event.get("region")
    fields["region"] = loader.get(Region, region, language) if region else None
    return fields


def load_event(loader, sections, event):
    common = {
        name: event[name]
        for name in (
            "kind",
            "time_zone",
            "start",
            "end",
            "venue",
            "city",
            "online_url",
            "capacity",
            "registration_opens",
            "registration_closes",
        )
        if name in event
    }
    fields = page_fields(loader, event, "id")
    slug = fields.pop("slug")
    page, created = loader.child(sections["id"], WorkshopPage, slug, **common, **event["languages"], **fields)
    if created:
        fill_links(loader, page, event, "id")
    english, created = loader.translation(page, "en", **page_fields(loader, event, "en"))
    if created:
        fill_links(loader, english, event, "en")


def module_release(event, position, language):
    """The module release a demo session taught, in the page's language, or None."""
    code, version = event.get("modules", {}).get(position, (None, None))
    module = TrainingModulePage.objects.filter(code=code, locale__language_code=language).first()
    return TrainingModuleRelease.resolve(module, version) if module else None


def served_milestones(event):
    """The demo plan's milestones the event serves (none when the programme's demo is absent)."""
    Milestone = WorkshopPage._meta.get_field("serves").related_model
    wanted = SERVES.get(event["slug"], [])
    return [
        milestone
        for code, title in wanted
        for milestone in Milestone.objects.filter(activity__code=code, title=title).order_by("pk")[:1]
    ]


def fill_links(loader, page, event, language):
    """Organisers, milestones served, and the agenda in this language (a translation arrives with a copy)."""
    page.organisers.set([loader.get(Institution, slug, language) for slug in event["organisers"]])
    page.serves.set(served_milestones(event))
    page.trained.set([loader.get(Person, slug, language) for slug in event.get("trained", [])])
    existing = list(page.sessions.order_by("start", "sort_order"))
    for position, (start, end, titles, speakers, room) in enumerate(event["sessions"]):
        session = existing[position] if position < len(existing) else WorkshopSession(page=page)
        session.start, session.end, session.title, session.room = start, end, titles[language], room
        session.sort_order = position
        session.speakers.set([loader.get(Person, slug, language) for slug in speakers])
        session.module_release = module_release(event, position, language)
        page.sessions.add(session)
    loader.publish(page)
