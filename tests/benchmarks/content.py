"""The benchmarks' one content generator: every page type and taxonomy kind in id/en/az, from the factories.

Every object is made by its factory in `tests/factories/` (`build()`: unsaved), then
written in bulk. Pages are real Wagtail pages (treebeard paths, url paths, translation keys shared by the
three languages, live and published) but are written with a few bulk inserts instead of
`add_child` per page, which costs one tree lock and several queries each: 10,000 pages
take seconds, not a quarter of an hour. No revisions are written and no publish signals
fire, so fill the search index afterwards the way production does
(`manage.py search_index rebuild`, or `search.indexing.rebuild()`).

bench_search.py calls `generate()`; bench_pages.py runs this module in its own process
(`python -m tests.benchmarks.content --out urls.json`), which writes, per kind of public
page, the addresses to load and the database queries one anonymous view of it costs.
"""

import argparse
import datetime
import json
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("id", "en", "az")
TODAY = datetime.date(2025, 12, 20)
# Programme stories spread from Banyuwangi's visit to Baku (2014) to the 2025 symposium.
FIRST_DAY = datetime.date(2014, 6, 1)

PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Sumatera Selatan", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah",
    "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
    "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
]  # fmt: skip
PLACES = [
    "Banyuwangi", "Belu", "Padang", "Pekanbaru", "Badung", "Denpasar", "Samarinda", "Batam",
    "Surabaya", "Bandung", "Semarang", "Makassar", "Medan", "Palembang", "Balikpapan", "Kupang",
    "Mataram", "Manado", "Pontianak", "Jayapura", "Ambon", "Sorong", "Bogor", "Malang", "Kediri",
    "Sidoarjo", "Gresik", "Tangerang", "Bekasi", "Cirebon", "Tegal", "Magelang", "Klaten",
    "Sleman", "Bantul", "Gianyar", "Tabanan", "Buleleng", "Lombok Tengah", "Sumbawa", "Ende",
]  # fmt: skip
# (title, summary) of programme stories; the same position is the same story in each language.
STORIES = {
    "id": [
        ("Lokakarya integrasi layanan di {place}", "Pemda {place} belajar menyatukan layanan di MPP."),
        ("Forum berbagi pengetahuan {place}", "DPMPTSP {place} berbagi pengalaman membangun MPP."),
        ("Kunjungan ke ASAN Xidmat dari {place}", "Delegasi {place} mempelajari layanan terpadu di Baku."),
        (
            "MPP {place} mulai melayani warga",
            "Mal pelayanan publik {place} membuka gerai instansi pusat dan daerah.",
        ),
        (
            "Bus keliling layanan publik di {place}",
            "Bus keliling membawa layanan paspor dan kependudukan ke desa.",
        ),
        (
            "Pelatihan pengelolaan pengaduan di {place}",
            "Petugas MPP {place} berlatih menanggapi pengaduan warga.",
        ),
        ("MPP Digital untuk warga {place}", "Layanan MPP {place} kini bisa diakses secara daring."),
        (
            "Rencana aksi pelayanan publik di {place}",
            "Pemda {place} menyusun rencana aksi percepatan pelayanan publik.",
        ),
    ],
    "en": [
        ("Service integration workshop in {place}", "{place} learns to bring its services into one MPP."),
        ("Knowledge-sharing forum in {place}", "DPMPTSP officials of {place} share how they built an MPP."),
        ("Visit to ASAN Xidmat from {place}", "A delegation from {place} studies one-stop centres in Baku."),
        (
            "{place} public service mall opens",
            "The MPP of {place} opens counters of national and regional agencies.",
        ),
        (
            "Mobile service bus in {place}",
            "A mobile service bus takes passport and civil registration services to villages.",
        ),
        (
            "Complaint management training in {place}",
            "MPP staff in {place} practise answering citizens' complaints.",
        ),
        (
            "MPP Digital for the people of {place}",
            "The services of the MPP in {place} can now be used online.",
        ),
        (
            "Public service action plan in {place}",
            "{place} drafts an action plan to accelerate public services.",
        ),
    ],
    "az": [
        ("{place}: xidmətlərin inteqrasiyası seminarı", "{place} xidmətləri MPP-də birləşdirməyi öyrənir."),
        ("{place} bilik mübadiləsi forumu", "{place} DPMPTSP əməkdaşları MPP təcrübəsini bölüşür."),
        (
            "{place} heyətinin ASAN Xidmətə səfəri",
            "{place} nümayəndələri Bakıda xidmət mərkəzlərini öyrənir.",
        ),
        (
            "{place} ictimai xidmət mərkəzi açılır",
            "{place} MPP-si mərkəzi və regional qurumların xidmətlərini təqdim edir.",
        ),
        (
            "{place}: səyyar xidmət avtobusu",
            "Səyyar avtobus pasport və qeydiyyat xidmətlərini kəndlərə aparır.",
        ),
        (
            "{place}: şikayətlərin idarə edilməsi təlimi",
            "{place} MPP əməkdaşları vətəndaş şikayətlərinə cavab verməyi öyrənir.",
        ),
        ("{place} sakinləri üçün MPP Digital", "{place} MPP-nin xidmətləri artıq onlayn əlçatandır."),
        (
            "{place}: dövlət xidmətləri üzrə fəaliyyət planı",
            "{place} dövlət xidmətlərinin sürətləndirilməsi planını hazırlayır.",
        ),
    ],
}
# Sentences the bodies are drawn from, so that common and rare words are spread like real text.
SENTENCES = {
    "id": [
        "Mal Pelayanan Publik menyatukan layanan banyak instansi di satu atap.",
        "Warga {place} mengurus izin usaha, dokumen kependudukan dan pajak dalam satu kunjungan.",
        "DPMPTSP {place} mengelola MPP bersama instansi pusat, BUMN dan perbankan.",
        "Pada 2024 Indonesia memiliki 207 MPP; pada akhir 2025 jumlahnya 305.",
        "ASAN Xidmət di Azerbaijan menjadi contoh layanan terpadu yang mudah bagi warga.",
        "Di Azerbaijan paspor dapat terbit dalam tiga jam.",
        "Bus layanan keliling menjangkau desa yang jauh dari pusat kota {place}.",
        "Lokakarya rencana aksi membahas integrasi layanan dan penjaminan mutu di MPP.",
        "Pengaduan warga ditangani lebih cepat melalui kanal pengaduan terpadu.",
        "MPP Digital membuka akses daring ke layanan mal pelayanan publik.",
        "Forum berbagi pengetahuan mempertemukan Pemda {place} dan mitra dari Baku.",
        "Peserta Training for Trainers belajar di ASAN Xidmət Center 3 di Baku.",
        "Inovasi manajemen pelayanan publik meningkatkan kepuasan masyarakat {place}.",
        "Data dan kecerdasan artifisial membantu petugas memahami kebutuhan warga.",
        "Perjalanan hidup warga, dari kelahiran hingga usia lanjut, menjadi dasar penataan layanan.",
        "Portal Pelayanan Publik mengintegrasikan layanan digital dari seluruh instansi.",
        "Bupati dan Sekda {place} meninjau kesiapan gedung MPP sebelum dibuka.",
        "Layanan kesehatan, pendidikan dan perizinan berusaha tersedia di satu lokasi.",
        "Layanan di kereta api menjangkau warga di daerah perdesaan Azerbaijan.",
        "Public Service Hall di Georgia menaikkan peringkat kemudahan berusaha negara itu.",
    ],
    "en": [
        "A public service mall brings many agencies' services under one roof.",
        "Citizens of {place} handle business permits, civil registration and taxes in one visit.",
        "The DPMPTSP of {place} runs the MPP with national agencies, state companies and banks.",
        "Indonesia had 207 MPPs in 2024 and 305 by the end of 2025.",
        "ASAN Xidmət in Azerbaijan is the model of integrated services that are easy for citizens.",
        "In Azerbaijan a passport can be issued in three hours.",
        "A mobile service bus reaches villages far from the centre of {place}.",
        "The action plan workshop covers service integration and quality assurance in the MPP.",
        "Citizens' complaints are handled faster through one integrated complaint channel.",
        "MPP Digital gives online access to the services of the public service mall.",
        "A knowledge-sharing forum brings the regional government of {place} together with Baku.",
        "Training for Trainers participants learn at ASAN Xidmət Center 3 in Baku.",
        "Innovative management of public services raises citizens' satisfaction in {place}.",
        "Data and artificial intelligence help officers understand what citizens need.",
        "The citizen's life journey, from birth to old age, shapes how services are organised.",
        "The Public Service Portal integrates digital services from every agency.",
        "The Regent and the Regional Secretary of {place} inspect the MPP building before it opens.",
        "Health, education and business licensing services are available in one place.",
        "Public services on the train reach people in rural Azerbaijan.",
        "Georgia's Public Service Hall lifted the country's ease of doing business rank.",
    ],
    "az": [
        "Dövlət xidməti mərkəzi bir çox qurumun xidmətini bir dam altında birləşdirir.",
        "{place} sakinləri biznes icazəsi, qeydiyyat və vergi işlərini bir səfərdə həll edir.",
        "{place} DPMPTSP-si MPP-ni mərkəzi qurumlar, dövlət şirkətləri və banklarla birgə idarə edir.",
        "2024-cü ildə İndoneziyada 207 MPP var idi, 2025-ci ilin sonunda isə 305.",
        "ASAN Xidmət vətəndaşlar üçün asan olan inteqrasiya olunmuş xidmətlərin nümunəsidir.",
        "Azərbaycanda pasport üç saata verilə bilər.",
        "Səyyar xidmət avtobusu {place} mərkəzindən uzaq kəndlərə çatır.",
        "Fəaliyyət planı üzrə seminar MPP-də xidmətlərin inteqrasiyası və keyfiyyət təminatından bəhs edir.",
        "Vətəndaş şikayətlərinə vahid şikayət kanalı ilə daha tez baxılır.",
        "MPP Digital ictimai xidmət mərkəzinin xidmətlərinə onlayn çıxış verir.",
        "Bilik mübadiləsi forumu {place} regional hökumətini Bakıdan olan tərəfdaşlarla görüşdürür.",
        "Təlimçilərin təlimi iştirakçıları Bakıda 3 nömrəli ASAN Xidmət mərkəzində öyrənir.",
        "Dövlət xidmətlərinin innovativ idarə edilməsi {place} sakinlərinin məmnunluğunu artırır.",
        "Məlumatlar və süni intellekt əməkdaşlara vətəndaşların ehtiyaclarını anlamağa kömək edir.",
        "Vətəndaşın həyat yolu, doğumdan yaşlılığa qədər, xidmətlərin təşkilinin əsasıdır.",
        "Dövlət Xidmətləri Portalı bütün qurumların rəqəmsal xidmətlərini birləşdirir.",
        "{place} bupatisi və regional katibi açılışdan əvvəl MPP binasını yoxlayır.",
        "Səhiyyə, təhsil və biznes lisenziyası xidmətləri bir yerdə təqdim olunur.",
        "Qatarda dövlət xidmətləri Azərbaycanın kənd yerlərinə çatır.",
        "Gürcüstanın Dövlət Xidmətləri Evi ölkənin biznes reytinqini yüksəltdi.",
    ],
}
QUOTES = {
    "id": ("ASAN berarti mudah: satu atap untuk banyak layanan.", "ASAN Xidmət"),
    "en": ("ASAN means easy: one roof for many services.", "ASAN Xidmət"),
    "az": ("ASAN asan deməkdir: bir dam altında çoxlu xidmət.", "ASAN Xidmət"),
}
# slug -> name; taggit tags are shared by every language.
TAGS = {
    "mpp": "MPP",
    "asan-xidmet": "ASAN Xidmət",
    "paspor": "paspor",
    "bus-keliling": "bus keliling",
    "lokakarya": "lokakarya",
    "pengaduan": "pengaduan",
    "mpp-digital": "MPP Digital",
    "tot": "ToT",
    "rencana-aksi": "rencana aksi",
    "berbagi-pengetahuan": "berbagi pengetahuan",
}
COUNTRIES = [  # key, code, names in id/en/az, partner
    ("indonesia", "ID", ("Indonesia", "Indonesia", "İndoneziya"), True),
    ("azerbaijan", "AZ", ("Azerbaijan", "Azerbaijan", "Azərbaycan"), True),
    ("georgia", "GE", ("Georgia", "Georgia", "Gürcüstan"), False),
]
PILLARS = [
    ("Pengelolaan pengaduan", "Complaint management", "Şikayətlərin idarə edilməsi"),
    ("Integrasi layanan dan penjaminan mutu", "Service integration and quality", "Xidmətlərin inteqrasiyası"),
    ("Manajemen inovatif", "Innovative management", "İnnovativ idarəetmə"),
    ("AI dan data", "AI and data", "Süni intellekt və məlumatlar"),
]
STAGES = [
    ("Kelahiran", "Birth", "Doğum"),
    ("Pendidikan", "Education", "Təhsil"),
    ("Pekerjaan", "Work", "İş"),
    ("Kewirausahaan", "Entrepreneurship", "Sahibkarlıq"),
    ("Usia lanjut", "Old age", "Yaşlılıq"),
]
ROLES = {"id": "Kepala DPMPTSP", "en": "Head of DPMPTSP", "az": "DPMPTSP rəhbəri"}


@dataclass
class Content:
    pages: dict  # model label -> [specific page, ...], the skeleton's pages included
    taxonomy: dict  # language -> {model: [item, ...]}
    missing: list  # labels of page models this generator has no recipe for


def setup_django():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    import django

    django.setup()


def new_key(rng):
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def make_images(count):
    from tests.factories.images import PhotoFactory, counters_jpeg

    return [
        PhotoFactory(title=f"MPP {number + 1}", file=counters_jpeg(name=f"mpp-{number + 1}.jpg"))
        for number in range(count)
    ]


def paragraph(language, place, rng, sentences=4):
    chosen = rng.sample(SENTENCES[language], sentences)
    return "<p>" + " ".join(sentence.format(place=place) for sentence in chosen) + "</p>"


def body(language, place, image, rng):
    """A StreamField body as stored JSON: heading, two paragraphs, an image and a quote."""
    quote, attribution = QUOTES[language]
    blocks = [
        ("heading", {"text": f"MPP {place}", "level": "h2"}),
        ("paragraph", paragraph(language, place, rng, rng.randint(3, 6))),
        ("image", {"image": image.pk, "alt_text": f"MPP {place}", "caption": f"MPP {place}"}),
        ("quote", {"quote": quote, "attribution": attribution}),
        ("paragraph", paragraph(language, place, rng, rng.randint(2, 5))),
    ]
    return [{"type": kind, "value": value, "id": str(new_key(rng))} for kind, value in blocks]


def build_taxonomy(locales, regions_per_language, people_per_language, rng):
    """Countries, provinces, regencies and cities with MPP statuses, institutions, people, pillars, stages.

    Each item exists in the three languages with one translation key and one slug; every
    kind is built by its factory (`build()`, unsaved) and written with one bulk insert per
    language batch.
    """
    from cms.models import Country, Institution, LifeJourneyStage, Person, Pillar, Region
    from tests.factories import (
        CountryFactory,
        InstitutionFactory,
        LifeJourneyStageFactory,
        PersonFactory,
        PillarFactory,
        RegionFactory,
    )

    factories = {
        Country: CountryFactory,
        Region: RegionFactory,
        Institution: InstitutionFactory,
        Person: PersonFactory,
        Pillar: PillarFactory,
        LifeJourneyStage: LifeJourneyStageFactory,
    }
    made = {code: {} for code in LANGUAGES}
    keys = {}

    def item(model, language, key, **fields):
        obj = factories[model].build(
            locale=locales[language], translation_key=keys.setdefault((model, key), new_key(rng)), **fields
        )
        made[language].setdefault(model, []).append(obj)
        return obj

    def write(objects):
        if objects:
            type(objects[0]).objects.bulk_create(objects, batch_size=500)

    statuses = ["operating", "operating", "operating", "under_construction", "planned", "none"]
    for position, code in enumerate(LANGUAGES):
        for key, iso, names, partner in COUNTRIES:
            item(Country, code, key, name=names[position], slug=key, code=iso, is_partner=partner)
    write([c for code in LANGUAGES for c in made[code][Country]])
    for code in LANGUAGES:
        indonesia = made[code][Country][0]
        for number, name in enumerate(PROVINCES):
            item(Region, code, name, name=name, slug=f"provinsi-{number}", kind="province", country=indonesia)
    write([r for code in LANGUAGES for r in made[code][Region]])
    later = []
    for code in LANGUAGES:
        indonesia = made[code][Country][0]
        provinces = list(made[code][Region])
        for number in range(max(regions_per_language - len(provinces), 0)):
            place = PLACES[number % len(PLACES)]
            kind = "city" if number % 3 == 0 else "regency"
            label = f"{'Kota' if kind == 'city' else 'Kabupaten'} {place}"
            if number >= len(PLACES):
                label += f" {number // len(PLACES) + 1}"
            later.append(
                item(
                    Region,
                    code,
                    f"r{number}",
                    name=label,
                    slug=f"wilayah-{number}",
                    kind=kind,
                    parent=provinces[number % len(provinces)],
                    country=indonesia,
                    mpp_status=statuses[number % len(statuses)],
                    mpp_opened_on=TODAY - datetime.timedelta(days=30 * (number % 96)),
                    description=paragraph(code, place, rng, 3),
                )
            )
    write(later)
    for code in LANGUAGES:
        indonesia = made[code][Country][0]
        places = made[code][Region][len(PROVINCES) :] or made[code][Region]
        for number in range(max(people_per_language // 2, 1)):
            region = places[number % len(places)]
            item(
                Institution,
                code,
                f"i{number}",
                name=f"DPMPTSP {region.name}",
                slug=f"dpmptsp-{number}",
                kind="regional_office",
                country=indonesia,
                region=region,
                description=paragraph(code, region.name, rng, 2),
            )
    write([i for code in LANGUAGES for i in made[code][Institution]])
    for position, code in enumerate(LANGUAGES):
        institutions = made[code][Institution]
        for number in range(people_per_language):
            item(
                Person,
                code,
                f"p{number}",
                name=f"{['Ahmad', 'Siti', 'Dewi', 'Budi', 'Rina', 'Agus'][number % 6]} {number}",
                slug=f"orang-{number}",
                role=ROLES[code],
                institution=institutions[number % len(institutions)],
                is_trainer=number % 4 == 0,
                biography=paragraph(code, PLACES[number % len(PLACES)], rng, 2),
                email=f"person{number}@example.org",
            )
        for number, names in enumerate(PILLARS, start=1):
            item(Pillar, code, f"pl{number}", name=names[position], slug=f"pillar-{number}", number=number)
        for number, names in enumerate(STAGES, start=1):
            item(
                LifeJourneyStage,
                code,
                f"s{number}",
                name=names[position],
                slug=f"stage-{number}",
                order=number,
            )
    for model in (Person, Pillar, LifeJourneyStage):
        write([obj for code in LANGUAGES for obj in made[code].get(model, [])])
    return made


class PageWriter:
    """Places pages in the tree in memory, then writes them all with a few bulk inserts.

    Treebeard's materialised path of a child is its parent's path plus a four-character
    position, so positions are counted here per parent; the parents' `numchild` is
    corrected at the end. Multi-table inheritance: the `wagtailcore_page` rows go first
    (bulk_create returns their ids), then each concrete subclass table's own columns.
    """

    def __init__(self):
        self.planned = []
        self.next_position = {}
        self.added_under_saved = {}

    def add(self, parent, page):
        from wagtail.models import Page

        if parent.path not in self.next_position:
            last = None
            if parent.pk:
                last = (
                    Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                    .order_by("-path")
                    .values_list("path", flat=True)
                    .first()
                )
            self.next_position[parent.path] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        position = self.next_position[parent.path]
        self.next_position[parent.path] += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, position)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.has_unpublished_changes = False
        page.latest_revision_created_at = page.last_published_at
        if parent.pk:
            self.added_under_saved[parent.pk] = self.added_under_saved.get(parent.pk, 0) + 1
        else:
            parent.numchild += 1
        self.planned.append(page)
        return page

    def write(self, batch_size=500):
        from django.db.models import F

        from wagtail.models import Page

        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in self.planned]
        Page.objects.bulk_create(rows, batch_size=batch_size)
        by_model = {}
        for page, row in zip(self.planned, rows, strict=True):
            page.pk = page.id = row.pk
            page._state.adding = False
            page._state.db = row._state.db
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            tables = [k for k in reversed(model._meta.get_parent_list()) if k is not Page] + [model]
            for table in tables:
                fields = table._meta.local_concrete_fields
                for start in range(0, len(pages), batch_size):
                    table._base_manager._insert(pages[start : start + batch_size], fields=fields)
        for pk, added in self.added_under_saved.items():
            Page.objects.filter(pk=pk).update(numchild=F("numchild") + added)
        written = self.planned
        self.planned, self.next_position, self.added_under_saved = [], {}, {}
        return written


def published_at(day, rng):
    return datetime.datetime.combine(day, datetime.time(rng.randint(1, 10), rng.randint(0, 59)), datetime.UTC)


def build_pages(locales, pages_per_language, taxonomy, images, rng):
    """Pages of every type below the migrations' skeleton; returns ({model label: [page]}, missing)."""
    from django.utils.text import slugify

    from taggit.models import Tag
    from wagtail.models import Page, get_page_models

    from cms.models import Country, HomePage, Institution, Pillar, StandardPage
    from programmes.models import ProgrammeIndexPage, ProgrammePage, ProgrammePageTag, TimelineEvent
    from tests.factories import StandardPageFactory
    from tests.factories.programmes import (
        PartnerPageFactory,
        ProgrammePageFactory,
        TimelineEventFactory,
        TimelinePageFactory,
    )

    writer = PageWriter()
    made = {}
    keys = {}
    share = {"timeline": 5, "partner": 10, "standard": pages_per_language // 5}
    share["programme"] = max(pages_per_language - sum(share.values()), 1)
    span = (TODAY - FIRST_DAY).days
    # One plan per story, shared by its three translations: place, day, pillar, tags, countries.
    stories = []
    for number in range(share["programme"]):
        day = TODAY - datetime.timedelta(days=span * number // share["programme"] + rng.randint(0, 3))
        stories.append(
            {
                "pattern": rng.randrange(len(STORIES["id"])),
                "place": rng.choice(PLACES),
                "day": day,
                "pillar": rng.randrange(len(PILLARS)),
                "tags": rng.sample(sorted(TAGS), rng.randint(1, 3)),
                "countries": [0, 1] if rng.random() < 0.7 else [0, 1, 2] if rng.random() < 0.2 else [0],
            }
        )

    def add(parent, page, key, code, day):
        page.locale = locales[code]
        page.translation_key = keys.setdefault(key, new_key(rng))
        page.live = True
        page.first_published_at = page.last_published_at = published_at(day, rng)
        writer.add(parent, page)
        made.setdefault(page._meta.label, []).append(page)
        return page

    through = {name: ProgrammePage._meta.get_field(name) for name in ("pillars", "countries")}
    links = {name: [] for name in through}
    tagged = []
    events = []
    Tag.objects.bulk_create([Tag(name=name, slug=slug) for slug, name in TAGS.items()], ignore_conflicts=True)
    tags = dict(Tag.objects.filter(slug__in=TAGS).values_list("slug", "pk"))
    for code in LANGUAGES:
        home = HomePage.objects.get(locale=locales[code], depth=2)
        sections = [s.specific for s in home.get_children()]
        programme_index = next(s for s in sections if isinstance(s, ProgrammeIndexPage))
        other_sections = [
            s for s in sections if s is not programme_index and StandardPage in s.allowed_subpage_models()
        ]
        made.setdefault(HomePage._meta.label, []).append(home)
        for section in sections:
            made.setdefault(section._meta.label, []).append(section)
        for number, story in enumerate(stories):
            title, summary = STORIES[code][story["pattern"]]
            place = story["place"]
            page = add(
                programme_index,
                ProgrammePageFactory.build(
                    parent=programme_index,
                    title=f"{title.format(place=place)} ({number + 1})",
                    slug=f"{slugify(STORIES['id'][story['pattern']][0].format(place=place))[:60]}-{number}",
                    summary=summary.format(place=place),
                    date=story["day"],
                    body=body(code, place, images[number % len(images)], rng),
                ),
                ("programme", number),
                code,
                story["day"],
            )
            links["pillars"].append((page, taxonomy[code][Pillar][story["pillar"]]))
            links["countries"] += [(page, taxonomy[code][Country][c]) for c in story["countries"]]
            tagged += [(page, tags[slug]) for slug in story["tags"]]
        for number in range(share["partner"]):
            add(
                programme_index,
                PartnerPageFactory.build(
                    parent=programme_index,
                    title=f"{STORIES[code][1][0].format(place=PLACES[number])} · mitra {number + 1}",
                    slug=f"mitra-{number + 1}",
                    summary=STORIES[code][1][1].format(place=PLACES[number]),
                    country=taxonomy[code][Country][number % 2],
                    lead_institution=taxonomy[code][Institution][number % len(taxonomy[code][Institution])],
                    flagship_practice="Mal Pelayanan Publik (MPP)" if number % 2 == 0 else "ASAN Xidmət",
                    body=body(code, PLACES[number], images[number % len(images)], rng),
                ),
                ("partner", number),
                code,
                TODAY - datetime.timedelta(days=40 * number),
            )
        for number in range(share["timeline"]):
            timeline = add(
                programme_index,
                TimelinePageFactory.build(
                    parent=programme_index,
                    title=f"Timeline {number + 1}",
                    slug=f"linimasa-{number + 1}",
                    summary=STORIES[code][2][1].format(place=PLACES[number]),
                ),
                ("timeline", number),
                code,
                TODAY - datetime.timedelta(days=10 * number),
            )
            for event_number in range(20):
                events.append(
                    TimelineEventFactory.build(
                        page=timeline,
                        sort_order=event_number,
                        date=TODAY - datetime.timedelta(days=180 * event_number),
                        title=STORIES[code][event_number % 8][0].format(place=PLACES[event_number]),
                        description=paragraph(code, PLACES[event_number], rng, 2),
                        country=taxonomy[code][Country][event_number % 2],
                    )
                )
        # Standard pages go under the sections that take them; every fifth under another
        # standard page, so the tree has depth 4 and 5 too.
        standard = []
        for number in range(share["standard"]):
            parent = other_sections[number % len(other_sections)] if other_sections else home
            if number % 5 == 4 and standard:
                parent = standard[number // 5 % len(standard)]
            pattern = number % len(STORIES["id"])
            place = PLACES[number % len(PLACES)]
            day = FIRST_DAY + datetime.timedelta(days=span * number // max(share["standard"], 1))
            standard.append(
                add(
                    parent,
                    StandardPageFactory.build(
                        parent=parent,
                        title=f"{STORIES[code][pattern][0].format(place=place)} · {number + 1}",
                        slug=f"halaman-{number + 1}",
                        summary=STORIES[code][pattern][1].format(place=place),
                        body=body(code, place, images[number % len(images)], rng),
                    ),
                    ("standard", number),
                    code,
                    day,
                )
            )
    writer.write()
    for name, field in through.items():
        model = field.remote_field.through
        model.objects.bulk_create(
            [
                model(
                    **{
                        f"{field.m2m_field_name()}_id": page.pk,
                        f"{field.m2m_reverse_field_name()}_id": item.pk,
                    }
                )
                for page, item in links[name]
            ],
            batch_size=1000,
        )
    ProgrammePageTag.objects.bulk_create(
        [ProgrammePageTag(content_object_id=page.pk, tag_id=tag) for page, tag in tagged], batch_size=1000
    )
    for event in events:
        event.page_id = event.page.pk
    TimelineEvent.objects.bulk_create(events, batch_size=500)
    known = set(made)
    missing = [m._meta.label for m in get_page_models() if m is not Page and m._meta.label not in known]
    return made, missing


def generate(pages_per_language, regions=500, people=300, seed=2017):
    """Fill the database: the taxonomy, five images and `pages_per_language` pages in each language."""
    from django.db import transaction

    from wagtail.models import Locale, Page

    if Page.objects.filter(depth__gt=3).exists():
        raise SystemExit("This database already has content: point the benchmark at a new, empty database.")
    rng = random.Random(seed)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    with transaction.atomic():
        taxonomy = build_taxonomy(locales, regions, people, rng)
        images = make_images(5)
        pages, missing = build_pages(locales, pages_per_language, taxonomy, images, rng)
    return Content(pages=pages, taxonomy=taxonomy, missing=missing)


def public_urls(made_pages, taxonomy, per_kind):
    """{kind: [path, ...]}: up to `per_kind` addresses of each kind, spread over the three languages."""
    from django.urls import reverse
    from django.utils import translation

    from cms import urls_taxonomy

    urls = {}
    for label, pages in made_pages.items():
        step = max(len(pages) // per_kind, 1)
        urls[label] = [page.url for page in pages[::step][:per_kind]]
    for pattern in urls_taxonomy.urlpatterns:
        name = f"{urls_taxonomy.app_name}:{pattern.name}"
        paths = []
        for code in LANGUAGES:
            with translation.override(code):
                if "slug" in pattern.pattern.converters:
                    items = taxonomy[code].get(pattern.callback.view_class.model, [])
                    step = max(len(items) * len(LANGUAGES) // per_kind, 1)
                    paths += [reverse(name, kwargs={"slug": item.slug}) for item in items[::step]]
                else:
                    paths += [reverse(name)] + [reverse(name) + "?page=2"] * (name.endswith("region_list"))
        urls[name] = paths[:per_kind]
    try:
        with translation.override("id"):
            search = reverse("search:search")
    except Exception:  # noqa: BLE001 - the search page may not exist yet in this checkout
        search = None
    if search:
        words = ["MPP", "pelayanan", "Banyuwangi", "ASAN", "lokakarya", "integrasi", "DPMPTSP", "paspor"]
        urls["search:search"] = [f"/{code}/search/?q={word}" for code in LANGUAGES for word in words]
    return urls


def count_queries(urls, host):
    """Database queries of one anonymous view of each kind (its first address, after one warm-up view)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=host)
    counts = {}
    for kind, paths in urls.items():
        for path in paths:
            client.get(path)  # renditions and settings rows are made once, on a first view
        with CaptureQueriesContext(connection) as queries:
            response = client.get(paths[0])
        counts[kind] = len(queries) if response.status_code == 200 else f"HTTP {response.status_code}"
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (default 1000)")
    parser.add_argument("--regions", type=int, default=500, help="regions per language (default 500)")
    parser.add_argument("--people", type=int, default=300, help="people per language (default 300)")
    parser.add_argument("--per-kind", type=int, default=60, help="addresses driven per kind (default 60)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--out", required=True, help="where to write the addresses and query counts (JSON)")
    options = parser.parse_args()
    setup_django()

    started = time.monotonic()
    content = generate(options.pages, options.regions, options.people)
    total = sum(len(pages) for pages in content.pages.values())
    items = sum(len(v) for t in content.taxonomy.values() for v in t.values())
    print(
        f"  content: {total} pages, {items} taxonomy items in {time.monotonic() - started:.1f} s",
        flush=True,
    )
    for label in content.missing:
        print(f"  warning: no generator for {label}: add one to tests/benchmarks/content.py", flush=True)
    urls = public_urls(content.pages, content.taxonomy, options.per_kind)
    counts = count_queries(urls, options.host)
    Path(options.out).write_text(
        json.dumps({"urls": urls, "queries": counts, "missing": content.missing}, indent=1)
    )


if __name__ == "__main__":
    main()
