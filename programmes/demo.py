"""The programme's demo content: its section introduction, the two partners, the cooperation's
timeline and the programme's stories, in the languages the programme published them.

Loaded by `manage.py load_demo` after the core's demo (which provides the countries,
institutions, people and pillars these pages link to, by slug).
"""

# Prose reads better unbroken; the data below is content, not logic.
# ruff: noqa: E501

import datetime

from cms.demo.loader import rich_paragraphs
from cms.models import Country, Institution, Person, Pillar
from programmes.models import PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelineEvent, TimelinePage

AFTER = ("cms",)

# The section page's summary and introduction, per language.
SECTION = {
    "id": (
        "Kerja sama dari MoU 2017 hingga rencana aksi 2024 dan simposium 2025.",
        "<p>Para mitra, linimasa kerja sama dan tonggak-tonggaknya.</p>",
    ),
    "en": (
        "The cooperation from the 2017 MoU to the 2024 action plan and the 2025 symposium.",
        "<p>The partners, the cooperation's timeline and its milestones.</p>",
    ),
    "az": (
        "2017-ci il Anlaşma Memorandumundan 2024-cü il fəaliyyət planına və 2025-ci il simpoziumuna qədər əməkdaşlıq.",
        "<p>Tərəfdaşlar, əməkdaşlığın xronologiyası və əsas mərhələləri.</p>",
    ),
}

PARTNERS = [
    {
        "slug": "indonesia",
        "country": "indonesia",
        "lead_institution": "kemenpanrb",
        "id": {
            "title": "Indonesia",
            "summary": "KemenPANRB, melalui Deputi Bidang Pelayanan Publik, memimpin kerja sama di pihak Indonesia.",
            "flagship_practice": "Mal Pelayanan Publik (MPP), meniru ASAN Xidmat",
            "languages": "Bahasa Indonesia",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>Pada Juli 2024 Indonesia memiliki 207 MPP; pada Desember 2025 jumlahnya 305. MPP Digital dan Portal Pelayanan Publik membawa layanan yang sama ke kanal daring.</p>",
        },
        "en": {
            "title": "Indonesia",
            "summary": "KemenPANRB, through its Deputy for Public Service, leads the cooperation on the Indonesian side.",
            "flagship_practice": "Public service mall (MPP), modelled on ASAN Xidmat",
            "languages": "Indonesian (Bahasa Indonesia)",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>In July 2024 Indonesia had 207 MPPs; by December 2025 it had 305. MPP Digital and the national Portal Pelayanan Publik bring the same services online.</p>",
        },
        "az": {
            "title": "İndoneziya",
            "summary": "KemenPANRB Dövlət xidməti üzrə müavinliyi vasitəsilə İndoneziya tərəfdən əməkdaşlığa rəhbərlik edir.",
            "flagship_practice": "ASAN xidmət modelinə əsaslanan dövlət xidməti mərkəzi (MPP)",
            "languages": "İndoneziya dili",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>2024-cü ilin iyulunda İndoneziyada 207 MPP var idi; 2025-ci ilin dekabrında onların sayı 305-ə çatdı. MPP Digital və milli Portal Pelayanan Publik eyni xidmətləri onlayn təqdim edir.</p>",
        },
    },
    {
        "slug": "azerbaijan",
        "country": "azerbaijan",
        "lead_institution": "state-agency",
        "id": {
            "title": "Azerbaijan",
            "summary": "Badan Negara untuk Pelayanan Publik dan Inovasi Sosial, pengelola ASAN Xidmat, memimpin kerja sama di pihak Azerbaijan.",
            "flagship_practice": "ASAN Xidmat: pusat layanan publik terpadu satu atap",
            "languages": "Bahasa Azerbaijan (aksara Latin)",
            "time_zones": "Baku (UTC+4)",
            "body": "<p>ASAN berarti “mudah”. Pusat ASAN Xidmat didirikan atas prakarsa Presiden sekitar 2012 dan dua kali mendapat UN Public Service Awards. Kepala Badan berkedudukan setingkat menteri dan melapor kepada Presiden.</p>",
        },
        "en": {
            "title": "Azerbaijan",
            "summary": "The State Agency for Public Service and Social Innovation, which runs ASAN Xidmat, leads the cooperation on the Azerbaijani side.",
            "flagship_practice": "ASAN Xidmat: integrated one-stop public service centres",
            "languages": "Azerbaijani (Latin script)",
            "time_zones": "Baku (UTC+4)",
            "body": "<p>“Asan” means “easy”. The ASAN Xidmat centres were founded by the President around 2012 and have twice been recognised by the UN Public Service Awards. The Agency's head ranks as a minister and reports to the President.</p>",
        },
        "az": {
            "title": "Azərbaycan",
            "summary": "ASAN xidməti idarə edən Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi Azərbaycan tərəfdən əməkdaşlığa rəhbərlik edir.",
            "flagship_practice": "ASAN xidmət: inteqrasiya olunmuş “vahid pəncərə” dövlət xidməti mərkəzləri",
            "languages": "Azərbaycan dili (latın qrafikası)",
            "time_zones": "Bakı (UTC+4)",
            "body": "<p>“Asan” sözü “rahat, sadə” deməkdir. ASAN xidmət mərkəzləri təxminən 2012-ci ildə Prezidentin təşəbbüsü ilə yaradılıb və iki dəfə BMT-nin Dövlət Qulluğu Mükafatına layiq görülüb. Agentliyin rəhbəri nazir statusundadır və Prezidentə hesabat verir.</p>",
        },
    },
]

TIMELINE = {
    "slug": {"id": "linimasa", "en": "timeline"},
    "title": {"id": "Linimasa kerja sama", "en": "Cooperation timeline"},
    "summary": {
        "id": "Dari kunjungan Bupati Banyuwangi pada 2014 hingga simposium 2025.",
        "en": "From the Regent of Banyuwangi's visit in 2014 to the 2025 symposium.",
    },
}

# (date, end date, precision, country, people, title/description per language)
TIMELINE_EVENTS = [
    (
        datetime.date(2014, 1, 1),
        None,
        "year",
        "azerbaijan",
        ["abdullah-azwar-anas"],
        {
            "id": (
                "Banyuwangi meniru ASAN Xidmat",
                "Bupati Banyuwangi, Abdullah Azwar Anas, berkunjung ke Azerbaijan dan mereplikasi modelnya di Kabupaten Banyuwangi.",
            ),
            "en": (
                "Banyuwangi replicates ASAN Xidmat",
                "The Regent of Banyuwangi, Abdullah Azwar Anas, visits Azerbaijan and replicates the model in Banyuwangi regency.",
            ),
        },
    ),
    (
        datetime.date(2016, 1, 1),
        None,
        "year",
        "azerbaijan",
        [],
        {
            "id": ("Delegasi Indonesia ke Azerbaijan", "Sebuah delegasi Indonesia berkunjung ke Azerbaijan."),
            "en": ("Indonesian delegation to Azerbaijan", "An Indonesian delegation visits Azerbaijan."),
        },
    ),
    (
        datetime.date(2017, 6, 22),
        datetime.date(2017, 6, 23),
        "day",
        None,
        ["asman-abnur", "inam-karimov", "diah-natalisa"],
        {
            "id": (
                "Pertemuan di UN Public Service Forum, Den Haag",
                "Menteri PANRB Asman Abnur bertemu Ketua Inam Karimov dan mengundangnya menandatangani MoU. Tahun itu MPP disiapkan di Batam, Jakarta dan Surabaya.",
            ),
            "en": (
                "Meeting at the UN Public Service Forum, The Hague",
                "Minister PANRB Asman Abnur meets Chairman Inam Karimov and invites him to sign an MoU. That year MPPs are being prepared in Batam, Jakarta and Surabaya.",
            ),
        },
    ),
    (
        datetime.date(2017, 7, 1),
        None,
        "month",
        None,
        [],
        {
            "id": (
                "MoU kerja sama peningkatan pelayanan publik",
                "Akhir Juli 2017 MoU ditandatangani, disiapkan bersama Kementerian Luar Negeri dan disetujui melalui nota diplomatik Kedutaan Besar Azerbaijan di Jakarta.",
            ),
            "en": (
                "MoU on cooperation in improving public services",
                "Late in July 2017 the MoU is signed, prepared with the Ministry of Foreign Affairs and approved by diplomatic note from the Azerbaijani embassy in Jakarta.",
            ),
        },
    ),
    (
        datetime.date(2018, 7, 4),
        datetime.date(2018, 7, 6),
        "day",
        "azerbaijan",
        ["noviana-andrina"],
        {
            "id": (
                "Training for Trainers di ASAN Xidmat Center 3, Baku",
                "KemenPANRB dan pemerintah daerah berlatih mengintegrasikan unit layanan dalam MPP; peserta juga mengunjungi Public Service Hall di Georgia.",
            ),
            "en": (
                "Training for Trainers at ASAN Xidmat Center 3, Baku",
                "KemenPANRB and regional governments learn to integrate service units in MPPs; participants also visit the Public Service Hall in Georgia.",
            ),
        },
    ),
    (
        datetime.date(2024, 7, 1),
        None,
        "day",
        "indonesia",
        ["akik-dwi-suharto-rudolfus", "vusal-rustamov", "abdullah-azwar-anas", "ulvi-mehdiyev", "maruf-amin"],
        {
            "id": (
                "Rencana aksi ditandatangani di Jakarta",
                "Para mitra menandatangani rencana aksi dua tahun untuk mempercepat pelayanan publik dan memperbarui MoU 2017. Saat itu Indonesia memiliki 207 MPP.",
            ),
            "en": (
                "Action plan signed in Jakarta",
                "The partners sign a two-year action plan to accelerate public services and renew the 2017 MoU. Indonesia then had 207 MPPs.",
            ),
        },
    ),
    (
        datetime.date(2025, 12, 1),
        None,
        "month",
        "indonesia",
        ["rini-widyantini"],
        {
            "id": (
                "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan",
                "Dibuka oleh Menteri PANRB Rini Widyantini, dengan empat pilar kerja sama. Indonesia memiliki 305 MPP.",
            ),
            "en": (
                "Symposium on Indonesia–Azerbaijan Public Service Cooperation",
                "Opened by Minister PANRB Rini Widyantini, around four pillars of cooperation. Indonesia has 305 MPPs.",
            ),
        },
    ),
]

# (date, countries, pillars, tags, text per language: slug, title, summary, paragraphs)
PROGRAMME_PAGES = [
    (
        None,
        ["indonesia", "azerbaijan"],
        [],
        ["MoU"],
        {
            "id": (
                "mou-2017",
                "MoU 2017",
                "Akhir Juli 2017 kedua negara menandatangani MoU kerja sama peningkatan pelayanan publik.",
                [
                    "<p>MoU berawal dari pertemuan Menteri PANRB Asman Abnur dan Ketua Inam Karimov di UN Public Service Forum, Den Haag, 22–23 Juni 2017. Naskahnya disiapkan bersama Kementerian Luar Negeri dan disetujui melalui nota diplomatik Kedutaan Besar Azerbaijan di Jakarta.</p>",
                ],
            ),
            "en": (
                "mou-2017",
                "The 2017 MoU",
                "Late in July 2017 the two countries signed an MoU on cooperation in improving public services.",
                [
                    "<p>The MoU grew out of the meeting of Minister PANRB Asman Abnur and Chairman Inam Karimov at the UN Public Service Forum in The Hague, 22–23 June 2017. It was prepared with the Ministry of Foreign Affairs and approved by diplomatic note from the Azerbaijani embassy in Jakarta.</p>",
                ],
            ),
        },
    ),
    (
        datetime.date(2018, 7, 4),
        ["azerbaijan", "georgia"],
        [],
        ["ToT 2018"],
        {
            "id": (
                "tot-baku-2018",
                "ToT 2018 di Baku",
                "Training for Trainers di ASAN Xidmat Center 3, Baku, 4–6 Juli 2018.",
                [
                    "<p>Pelatihan ini membangun kapasitas KemenPANRB dan pemerintah daerah untuk mengintegrasikan unit layanan dalam MPP. Peserta datang dari Kabupaten Belu, Kota Padang, Kota Pekanbaru, Kabupaten Badung, Kota Denpasar, Kota Samarinda dan DKI Jakarta, dan juga mengunjungi Public Service Hall di Georgia.</p>",
                ],
            ),
            "en": (
                "tot-baku-2018",
                "The 2018 ToT in Baku",
                "Training for Trainers at ASAN Xidmat Center 3, Baku, 4–6 July 2018.",
                [
                    "<p>The training built the capacity of KemenPANRB and regional governments to integrate service units in MPPs. Participants came from Belu regency, Padang, Pekanbaru, Badung regency, Denpasar, Samarinda and DKI Jakarta, and also visited the Public Service Hall in Georgia.</p>",
                ],
            ),
        },
    ),
    (
        datetime.date(2024, 7, 1),
        ["indonesia", "azerbaijan"],
        [],
        ["rencana aksi"],
        {
            "id": (
                "rencana-aksi-2024",
                "Rencana aksi 2024",
                "Pada 1 Juli 2024 di Jakarta para mitra menandatangani rencana aksi dua tahun dan memperbarui MoU 2017.",
                [
                    "<p>Rencana aksi terdiri dari lokakarya, berbagi pengetahuan dan pengembangan penyelenggaraan pelayanan publik. Ditandatangani oleh Plt. Deputi Pelayanan Publik Akik Dwi Suharto Rudolfus dan Direktur Jenderal Pusat Inovasi Vusal Rustamov, disaksikan Menteri Abdullah Azwar Anas dan Kepala Badan Ulvi Mehdiyev.</p>",
                    "<p>Delegasi juga beraudiensi dengan Wakil Presiden Ma'ruf Amin dan mengunjungi Jakarta Smart City serta MPP DKI Jakarta.</p>",
                ],
            ),
            "en": (
                "action-plan-2024",
                "The 2024 action plan",
                "On 1 July 2024 in Jakarta the partners signed a two-year action plan and renewed the 2017 MoU.",
                [
                    "<p>The action plan consists of workshops, knowledge sharing and development of public service delivery. It was signed by acting Deputy for Public Service Akik Dwi Suharto Rudolfus and Innovation Centre Director General Vusal Rustamov, witnessed by Minister Abdullah Azwar Anas and Agency Head Ulvi Mehdiyev.</p>",
                    "<p>The delegation also had an audience with Vice President Ma'ruf Amin and visited Jakarta Smart City and the MPP of DKI Jakarta.</p>",
                ],
            ),
        },
    ),
    (
        None,
        ["indonesia", "azerbaijan"],
        ["citizen-engagement", "service-integration", "innovative-management", "ai-and-data"],
        ["simposium"],
        {
            "id": (
                "simposium-2025",
                "Simposium 2025",
                "Desember 2025: simposium kerja sama pelayanan publik Indonesia–Azerbaijan dan empat pilarnya.",
                [
                    "<p>Simposium dibuka oleh Menteri PANRB Rini Widyantini. Empat pilarnya: pelibatan warga melalui pengelolaan pengaduan; integrasi layanan dan penjaminan mutu di pusat layanan; manajemen inovatif; serta pemanfaatan kecerdasan artifisial dan data. Reformasi dibingkai menurut perjalanan hidup warga: kelahiran, pendidikan, pekerjaan, kewirausahaan, usia lanjut.</p>",
                ],
            ),
            "en": (
                "symposium-2025",
                "The 2025 symposium",
                "December 2025: the symposium on Indonesia–Azerbaijan public service cooperation and its four pillars.",
                [
                    "<p>The symposium was opened by Minister PANRB Rini Widyantini. Its four pillars: engaging citizens through better complaint management; service integration and quality assurance in service centres; innovative management; and harnessing AI and data. The reform is framed around the citizen's life journey: birth, education, work, entrepreneurship, old age.</p>",
                ],
            ),
        },
    ),
]


def load(loader):
    programme = loader.fill_section(ProgrammeIndexPage, SECTION)["id"]
    for partner in PARTNERS:
        text = partner["id"]
        source, _ = loader.child(
            programme,
            PartnerPage,
            partner["slug"],
            country=loader.get(Country, partner["country"]),
            lead_institution=loader.get(Institution, partner["lead_institution"]),
            **{key: value for key, value in text.items() if key != "body"},
            body=rich_paragraphs([text["body"]]),
        )
        for code in ("en", "az"):
            text = partner[code]
            loader.translation(
                source,
                code,
                country=loader.get(Country, partner["country"], code),
                lead_institution=loader.get(Institution, partner["lead_institution"], code),
                **{key: value for key, value in text.items() if key != "body"},
                body=rich_paragraphs([text["body"]]),
            )

    load_timeline(loader, programme)

    for date, countries, pillars, tags, texts in PROGRAMME_PAGES:
        slug, title, summary, paragraphs = texts["id"]
        source, created = loader.child(
            programme,
            ProgrammePage,
            slug,
            title=title,
            summary=summary,
            date=date,
            body=rich_paragraphs(paragraphs),
        )
        if created:
            link_programme_page(loader, source, countries, pillars, tags, "id")
        slug, title, summary, paragraphs = texts["en"]
        page, created = loader.translation(
            source, "en", slug=slug, title=title, summary=summary, body=rich_paragraphs(paragraphs)
        )
        if created:
            link_programme_page(loader, page, countries, pillars, tags, "en")


def link_programme_page(loader, page, countries, pillars, tags, language):
    page.countries.set([loader.get(Country, slug, language) for slug in countries])
    page.pillars.set([loader.get(Pillar, slug, language) for slug in pillars])
    page.tags.set(tags)
    page.save()
    page.save_revision().publish()


def load_timeline(loader, programme):
    timeline = TIMELINE
    source, created = loader.child(
        programme,
        TimelinePage,
        timeline["slug"]["id"],
        title=timeline["title"]["id"],
        summary=timeline["summary"]["id"],
    )
    if created:
        set_events(loader, source, "id")
    page, created = loader.translation(
        source,
        "en",
        slug=timeline["slug"]["en"],
        title=timeline["title"]["en"],
        summary=timeline["summary"]["en"],
    )
    if created:
        set_events(loader, page, "en")


def set_events(loader, page, language):
    page.events.all().delete()
    for position, (date, end_date, precision, country, people, texts) in enumerate(TIMELINE_EVENTS):
        title, description = texts[language]
        event = TimelineEvent(
            page=page,
            sort_order=position,
            date=date,
            end_date=end_date,
            precision=precision,
            title=title,
            description=f"<p>{description}</p>",
            country=loader.get(Country, country, language),
        )
        event.save()
        event.people.set([loader.get(Person, slug, language) for slug in people])
        event.save()
    page.refresh_from_db()
    page.save_revision().publish()
