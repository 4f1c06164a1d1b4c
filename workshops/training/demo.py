"""Demo training modules: three ToT modules drawn from the 2018 Baku Training for Trainers, in id and en.

Each module has a timed session plan with trainer notes, an assessment with answers, and
a real handout PDF per language generated here with WeasyPrint (the same renderer as the
kits). The first module also carries the 2018 participants' list in a collection limited
to the Trainers group, so the demo shows restricted material staying out of public pages
and kits. Idempotent: pages are matched by slug and translation, documents by title and
collection; nothing an editor changed is overwritten.
"""

# Prose reads better unbroken.
# ruff: noqa: E501

import weasyprint

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page

from cms.models import Pillar
from workshops.training.models import (
    AssessmentQuestion,
    Audience,
    Method,
    TrainingModuleMaterial,
    TrainingModulePage,
    TrainingModulePractice,
    TrainingModuleSession,
)

PUBLIC_COLLECTION = "Materi ToT"
RESTRICTED_COLLECTION = "Peserta ToT 2018 (khusus pelatih)"

# Per module: code, audience, pillar slug, minutes and method of each session, and per language
# (slug, title, summary, objectives, session titles, trainer notes, question/answer, handout paragraphs).
MODULES = [
    {
        "code": "MPP-INT-01",
        # The Indonesian slugs of the practice it teaches and of that practice's replication guide.
        "practice": ("mal-pelayanan-publik", "panduan-replikasi-mpp"),
        "audience": Audience.SERVICE_MANAGERS,
        "pillar": "service-integration",
        "sessions": [
            (30, Method.PRESENTATION),
            (90, Method.CASE_STUDY),
            (60, Method.SITE_VISIT),
            (120, Method.GROUP_WORK),
        ],
        "restricted": True,
        "next": (
            "1.1",
            {
                "id": "Studi kasus Banyuwangi 2014 ditambahkan pada sesi 2.",
                "en": "Banyuwangi 2014 case study added to session 2.",
            },
        ),
        "id": {
            "slug": "integrasi-unit-layanan",
            "title": "Mengintegrasikan unit layanan di bawah satu atap",
            "summary": "Cara menyatukan layanan banyak instansi dalam satu Mal Pelayanan Publik, belajar dari ASAN Xidmat.",
            "objectives": "<ol><li>Menjelaskan model satu atap ASAN Xidmat dan MPP.</li><li>Memetakan layanan instansi yang dapat bergabung.</li><li>Menyusun rencana integrasi bertahap untuk daerah sendiri.</li></ol>",
            "sessions": [
                "Pembukaan: mengapa satu atap",
                "Belajar dari ASAN Xidmat dan Banyuwangi",
                "Kunjungan ke MPP terdekat",
                "Menyusun peta integrasi layanan",
            ],
            "notes": [
                "Mulai dengan pengalaman peserta mengurus izin di beberapa kantor.",
                "Tekankan peran kepala daerah dalam kesepakatan antarinstansi.",
                "Siapkan daftar pertanyaan pengamatan sebelum berangkat.",
                "Kelompokkan peserta per daerah; hasilnya dipresentasikan.",
            ],
            "question": (
                "Sebutkan tiga hal yang harus disepakati sebelum sebuah instansi membuka gerai di MPP.",
                "Jenis layanan dan standar waktunya, penempatan petugas dan kewenangannya, serta pembagian biaya gerai dan sistem antrean.",
            ),
            "handout": [
                "Mal Pelayanan Publik (MPP) menyatukan layanan pemerintah pusat, daerah, BUMN dan swasta di satu gedung, mengikuti model ASAN Xidmat di Azerbaijan.",
                "Langkah integrasi: (1) inventarisasi layanan, (2) kesepakatan dengan instansi, (3) standar pelayanan bersama, (4) sistem antrean dan pengaduan terpadu, (5) evaluasi berkala.",
            ],
        },
        "en": {
            "slug": "integrating-service-units",
            "title": "Integrating service units under one roof",
            "summary": "How to bring many agencies' services together in one public service mall, learning from ASAN Xidmat.",
            "objectives": "<ol><li>Explain the one-roof model of ASAN Xidmat and the MPP.</li><li>Map the agencies' services that can join.</li><li>Draft a staged integration plan for one's own region.</li></ol>",
            "sessions": [
                "Opening: why one roof",
                "Learning from ASAN Xidmat and Banyuwangi",
                "Visit to the nearest MPP",
                "Drawing the service integration map",
            ],
            "notes": [
                "Start from participants' experience of getting a permit from several offices.",
                "Stress the regional head's role in agreements between agencies.",
                "Prepare the observation questions before leaving.",
                "Group participants by region; each group presents its map.",
            ],
            "question": (
                "Name three things to agree on before an agency opens a counter in an MPP.",
                "The services and their time standards, the staff posted and their authority, and the sharing of counter costs and the queue system.",
            ),
            "handout": [
                "A public service mall (MPP) brings services of central and regional government, state-owned and private companies into one building, following the ASAN Xidmat model of Azerbaijan.",
                "Integration steps: (1) list the services, (2) agree with each agency, (3) shared service standards, (4) one queue and complaint system, (5) regular evaluation.",
            ],
        },
    },
    {
        "code": "MPP-FO-01",
        "audience": Audience.FRONT_OFFICE,
        "pillar": "service-integration",
        "sessions": [(45, Method.PRESENTATION), (90, Method.ROLE_PLAY), (45, Method.ASSESSMENT)],
        "restricted": False,
        "next": None,
        "id": {
            "slug": "standar-layanan-garda-depan",
            "title": "Standar pelayanan garda depan",
            "summary": "Sikap, waktu dan informasi yang dijanjikan kepada warga di setiap gerai MPP.",
            "objectives": "<ol><li>Menerapkan standar pelayanan di gerai.</li><li>Menyampaikan informasi persyaratan dengan jelas.</li></ol>",
            "sessions": ["Standar pelayanan dan maklumat", "Bermain peran: melayani warga", "Uji singkat"],
            "notes": [
                "Bawa contoh maklumat pelayanan dari MPP peserta.",
                "Gunakan kartu peran warga lansia, pelaku usaha dan penyandang disabilitas.",
                "Nilai ambang kelulusan 70.",
            ],
            "question": (
                "Apa isi minimal papan standar pelayanan di gerai?",
                "Persyaratan, prosedur, waktu penyelesaian, biaya, produk layanan dan saluran pengaduan.",
            ),
            "handout": [
                "Setiap gerai menampilkan standar pelayanan: persyaratan, prosedur, waktu, biaya, produk dan saluran pengaduan.",
                "Sapa warga, pastikan kebutuhannya, jelaskan langkah berikutnya dan waktu selesai.",
            ],
        },
        "en": {
            "slug": "front-office-service-standards",
            "title": "Front-office service standards",
            "summary": "The attitude, times and information promised to citizens at every MPP counter.",
            "objectives": "<ol><li>Apply the service standards at the counter.</li><li>Explain requirements clearly.</li></ol>",
            "sessions": [
                "Service standards and the service pledge",
                "Role play: serving citizens",
                "Short test",
            ],
            "notes": [
                "Bring examples of service pledges from the participants' MPPs.",
                "Use role cards for an elderly citizen, a business owner and a person with a disability.",
                "Pass mark 70.",
            ],
            "question": (
                "What must a counter's service standard board show at least?",
                "Requirements, procedure, completion time, cost, the service product and the complaint channel.",
            ),
            "handout": [
                "Every counter shows its service standard: requirements, procedure, time, cost, product and complaint channel.",
                "Greet the citizen, confirm the need, explain the next step and when it will be done.",
            ],
        },
    },
    {
        "code": "MPP-ADU-01",
        "audience": Audience.FRONT_OFFICE,
        "pillar": "citizen-engagement",
        "sessions": [(45, Method.PRESENTATION), (60, Method.CASE_STUDY), (75, Method.ROLE_PLAY)],
        "restricted": False,
        "next": None,
        "id": {
            "slug": "manajemen-pengaduan",
            "title": "Manajemen pengaduan",
            "summary": "Menerima, menindaklanjuti dan menjawab pengaduan warga tepat waktu.",
            "objectives": "<ol><li>Mencatat pengaduan lengkap.</li><li>Meneruskan ke instansi yang berwenang dan memantau tenggatnya.</li></ol>",
            "sessions": [
                "Alur pengaduan di MPP",
                "Studi kasus pengaduan izin usaha",
                "Bermain peran: warga yang kecewa",
            ],
            "notes": [
                "Tunjukkan alur dari gerai ke instansi dan kembali ke warga.",
                "Bahas tenggat jawaban dan siapa yang bertanggung jawab.",
                "Latih kalimat penenang tanpa menjanjikan hasil.",
            ],
            "question": (
                "Apa yang harus dicatat saat menerima pengaduan?",
                "Identitas dan kontak pelapor, layanan yang diadukan, kronologi, harapan pelapor, dan nomor registrasi.",
            ),
            "handout": [
                "Pengaduan adalah masukan: catat, beri nomor, teruskan, pantau, jawab.",
                "Setiap pengaduan mendapat jawaban tertulis dalam tenggat yang diumumkan.",
            ],
        },
        "en": {
            "slug": "complaint-management",
            "title": "Complaint management",
            "summary": "Receiving, following up and answering citizens' complaints on time.",
            "objectives": "<ol><li>Record a complaint completely.</li><li>Route it to the responsible agency and track its deadline.</li></ol>",
            "sessions": [
                "The complaint flow in an MPP",
                "Case study: a business licence complaint",
                "Role play: a disappointed citizen",
            ],
            "notes": [
                "Show the flow from the counter to the agency and back to the citizen.",
                "Discuss answer deadlines and who is responsible.",
                "Practise calming phrases without promising outcomes.",
            ],
            "question": (
                "What must be recorded when a complaint is received?",
                "The complainant's identity and contact, the service concerned, what happened, what they expect, and a registration number.",
            ),
            "handout": [
                "A complaint is feedback: record it, number it, route it, track it, answer it.",
                "Every complaint gets a written answer within the published deadline.",
            ],
        },
    },
]

PARTICIPANTS_LIST = {
    "id": (
        "Daftar peserta ToT Baku 2018",
        [
            "Kabupaten Belu: Bupati; kepala seksi DPMPTSP.",
            "Kota Padang: Asisten 3 Sekda; kepala DPMPTSP.",
            "Kota Pekanbaru: Sekda; kepala DPMPTSP.",
            "Kabupaten Badung: kepala dan kepala seksi DPMPTSP.",
            "Kota Denpasar, Kota Samarinda: kepala DPMPTSP.",
            "DKI Jakarta: dua kepala seksi DPMPTSP.",
        ],
    ),
    "en": (
        "Participants of the 2018 Baku ToT",
        [
            "Belu regency: the Regent; a DPMPTSP section head.",
            "Padang city: Assistant 3 to the Regional Secretary; head of DPMPTSP.",
            "Pekanbaru city: the Regional Secretary; head of DPMPTSP.",
            "Badung regency: the head and a section head of DPMPTSP.",
            "Denpasar and Samarinda cities: heads of DPMPTSP.",
            "DKI Jakarta: two DPMPTSP section heads.",
        ],
    ),
}


def pdf(title, paragraphs, language):
    """A small real PDF: a title and paragraphs, rendered with WeasyPrint (no network, no files)."""
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<style>body{font-family:"DejaVu Sans",sans-serif;font-size:11pt}h1{font-size:16pt}</style></head>'
        f"<body><h1>{escape(title)}</h1>{body}<p>CC BY 4.0 · Jembatan</p></body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


def collection(name, trainers_only=False):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is None:
        existing = root.add_child(name=name)
        if trainers_only:
            restriction = CollectionViewRestriction.objects.create(
                collection=existing, restriction_type=CollectionViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name="Trainers"))
    return existing


def document(title, paragraphs, language, where):
    Document = get_document_model()
    existing = Document.objects.filter(title=title, collection=where).first()
    if existing is not None:
        return existing
    data = pdf(title, paragraphs, language)
    created = Document(title=title, collection=where, file=ContentFile(data, name=f"{slugify(title)}.pdf"))
    # Size and hash as the admin's upload form records them: the hash is the download's ETag.
    created._set_document_file_metadata()
    created.save()
    return created


def practice_pages(loader, module):
    """{language: (practice, guide)} of the module's practice as plain Wagtail pages, or {}.

    Found by slug and translation: the workshops app names no practices model. The practices
    demo loads first (`AFTER` in workshops/demo.py).
    """
    slugs = module.get("practice")
    practice = slugs and Page.objects.filter(slug=slugs[0], locale=loader.locales["id"]).first()
    if not practice:
        return {}
    guide = practice.get_children().filter(slug=slugs[1]).first()
    pages = {}
    for code in ("id", "en"):
        translated = practice.get_translation_or_none(loader.locales[code])
        translated_guide = guide and guide.get_translation_or_none(loader.locales[code])
        if translated is not None:
            pages[code] = (translated, translated_guide and translated_guide.specific)
    return pages


def link_guide(guide, module_page):
    """Add the module to the guide's related training (only for a module created just now)."""
    if guide is None:
        return
    guide.training_links.add(guide.training_links.model(page=module_page, sort_order=0))
    guide.save_revision().publish()


def module_children(module, code, public, restricted, practice=None):
    text = module[code]
    sessions = [
        TrainingModuleSession(
            title=title, minutes=minutes, method=method, trainer_notes=note, sort_order=index
        )
        for index, (title, (minutes, method), note) in enumerate(
            zip(text["sessions"], module["sessions"], text["notes"], strict=True)
        )
    ]
    handout = document(f"{module['code']} · {text['title']}", text["handout"], code, public)
    materials = [TrainingModuleMaterial(document=handout, kind="handout", sort_order=0)]
    if module["restricted"]:
        title, lines = PARTICIPANTS_LIST[code]
        materials.append(
            TrainingModuleMaterial(
                document=document(title, lines, code, restricted), kind="other", sort_order=1
            )
        )
    question, answer = text["question"]
    return {
        "related_practices": [TrainingModulePractice(practice=practice, sort_order=0)] if practice else [],
        "sessions": sessions,
        "materials": materials,
        "assessment_questions": [AssessmentQuestion(question=question, answer=answer, sort_order=0)],
    }


def load_modules(loader, sections):
    """The ToT modules under the training section (`sections`: {code: page}).

    The 2018 Baku ToT itself is a workshop event (workshops/demo.py), not a page of its own here.
    """
    public = collection(PUBLIC_COLLECTION)
    restricted = collection(RESTRICTED_COLLECTION, trainers_only=True)
    for module in MODULES:
        practices = practice_pages(loader, module)
        practice_id, guide_id = practices.get("id", (None, None))
        practice_en, guide_en = practices.get("en", (None, None))
        text = module["id"]
        source, created = loader.child(
            sections["id"],
            TrainingModulePage,
            text["slug"],
            title=text["title"],
            summary=text["summary"],
            code=module["code"],
            version="1.0",
            change_note="Versi pertama, dari materi ToT Baku 2018.",
            learning_objectives=text["objectives"],
            audience=module["audience"],
            pillar=loader.get(Pillar, module["pillar"], "id"),
            **module_children(module, "id", public, restricted, practice_id),
        )
        text = module["en"]
        english, english_created = loader.translation(
            source,
            "en",
            slug=text["slug"],
            title=text["title"],
            summary=text["summary"],
            change_note="First version, from the 2018 Baku ToT material.",
            learning_objectives=text["objectives"],
            pillar=loader.get(Pillar, module["pillar"], "en"),
            **module_children(module, "en", public, restricted, practice_en),
        )
        if created:
            link_guide(guide_id, source)
        if english_created:
            link_guide(guide_en, english)
        if module["next"]:
            version, notes = module["next"]
            for page, language, new in ((source, "id", created), (english, "en", english_created)):
                if new:
                    page.version, page.change_note = version, notes[language]
                    loader.publish(page)
