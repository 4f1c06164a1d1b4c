"""Fill a fresh database with a realistic volume of every page type and taxonomy kind in id/en/az.

Run by bench_pages.py in its own process (`python -m tests.benchmarks.content --out urls.json`),
with the benchmark's settings in the environment. Writes, per kind of public page, the
addresses to load and the database queries one anonymous view of it costs.
"""

import argparse
import datetime
import io
import json
import os
import random
import sys
import time
from pathlib import Path

LANGUAGES = ("id", "en", "az")
TODAY = datetime.date(2025, 12, 20)

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
# (title, summary) patterns of programme stories, per language.
STORIES = {
    "id": [
        ("Lokakarya integrasi layanan di {place}", "Pemda {place} belajar menyatukan layanan di MPP."),
        ("Forum berbagi pengetahuan {place}", "DPMPTSP {place} berbagi pengalaman membangun MPP."),
        ("Kunjungan ke ASAN Xidmat dari {place}", "Delegasi {place} mempelajari layanan terpadu di Baku."),
    ],
    "en": [
        ("Service integration workshop in {place}", "{place} learns to bring its services into one MPP."),
        ("Knowledge-sharing forum in {place}", "DPMPTSP officials of {place} share how they built an MPP."),
        ("Visit to ASAN Xidmat from {place}", "A delegation from {place} studies one-stop centres in Baku."),
    ],
    "az": [
        ("{place}: xidmətlərin inteqrasiyası seminarı", "{place} xidmətləri MPP-də birləşdirməyi öyrənir."),
        ("{place} bilik mübadiləsi forumu", "{place} DPMPTSP əməkdaşları MPP təcrübəsini bölüşür."),
        (
            "{place} heyətinin ASAN Xidmətə səfəri",
            "{place} nümayəndələri Bakıda xidmət mərkəzlərini öyrənir.",
        ),
    ],
}
PARAGRAPH = {
    "id": "<p>Mal Pelayanan Publik menyatukan layanan banyak instansi di satu atap. Pada 2024 ada 207 "
    "MPP; pada akhir 2025 jumlahnya 305. Warga mengurus izin usaha, dokumen kependudukan dan pajak "
    "sekaligus.</p>",
    "en": "<p>A public service mall brings many agencies' services under one roof. Indonesia had 207 "
    "MPPs in 2024 and 305 by the end of 2025. Citizens handle business permits, civil registration "
    "and taxes in one visit.</p>",
    "az": "<p>Dövlət xidməti mərkəzi bir çox qurumun xidmətini bir dam altında birləşdirir. 2024-cü "
    "ildə İndoneziyada 207 MPP var idi, 2025-ci ilin sonunda isə 305. Vətəndaşlar bir səfərdə çoxlu "
    "xidmət alır.</p>",
}


def setup_django():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    import django

    django.setup()


def make_images(count):
    from PIL import Image as PILImage

    from django.core.files.images import ImageFile

    from wagtail.images.models import Image

    images = []
    for number in range(count):
        picture = PILImage.new("RGB", (1600, 900), (11 + number * 20 % 200, 79, 108))
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=80)
        images.append(
            Image.objects.create(
                title=f"MPP {number + 1}", file=ImageFile(buffer, name=f"mpp-{number + 1}.jpg")
            )
        )
    return images


def body(language, image, rng):
    from wagtail.rich_text import RichText

    place = rng.choice(PLACES)
    return [
        ("heading", {"text": f"MPP {place}", "level": "h2"}),
        ("paragraph", RichText(PARAGRAPH[language])),
        ("image", {"image": image, "alt_text": f"MPP {place}", "caption": f"MPP {place}"}),
        ("quote", {"quote": "ASAN means easy: one roof for many services.", "attribution": "ASAN Xidmat"}),
        ("paragraph", RichText(PARAGRAPH[language])),
    ]


def build_taxonomy(locales, regions_per_language, people_per_language, rng):
    """Countries, provinces, regencies and cities with MPP statuses, institutions, people, pillars, stages."""
    from cms.models import Country, Institution, LifeJourneyStage, Person, Pillar, Region

    originals = {}
    made = {code: {} for code in LANGUAGES}

    def create(model, language, key, **fields):
        original = originals.get((model, key))
        if original is not None:
            fields.update(translation_key=original.translation_key, slug=original.slug)
        item = model.objects.create(locale=locales[language], **fields)
        originals.setdefault((model, key), item)
        made[language].setdefault(model, []).append(item)
        return item

    statuses = ["operating", "operating", "operating", "under_construction", "planned", "none"]
    for code in LANGUAGES:
        indonesia = create(Country, code, "id", name="Indonesia", code="ID", is_partner=True)
        create(Country, code, "az", name="Azerbaijan", code="AZ", is_partner=True)
        create(Country, code, "ge", name="Georgia", code="GE")
        provinces = [
            create(Region, code, p, name=p, slug=f"provinsi-{i}", kind="province", country=indonesia)
            for i, p in enumerate(PROVINCES)
        ]
        for number in range(max(regions_per_language - len(provinces), 0)):
            place = PLACES[number % len(PLACES)]
            kind = "city" if number % 3 == 0 else "regency"
            label = f"{'Kota' if kind == 'city' else 'Kabupaten'} {place}"
            if number >= len(PLACES):
                label += f" {number // len(PLACES) + 1}"
            create(
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
                description=PARAGRAPH[code],
            )
        regions = made[code][Region]
        for number in range(people_per_language // 2):
            create(
                Institution,
                code,
                f"i{number}",
                name=f"DPMPTSP {regions[len(provinces) + number % (len(regions) - len(provinces))].name}",
                slug=f"dpmptsp-{number}",
                kind="regional_office",
                country=indonesia,
                region=regions[len(provinces) + number % (len(regions) - len(provinces))],
                description=PARAGRAPH[code],
            )
        institutions = made[code][Institution]
        for number in range(people_per_language):
            create(
                Person,
                code,
                f"p{number}",
                name=f"{rng.choice(['Ahmad', 'Siti', 'Dewi', 'Budi', 'Rina', 'Agus'])} {number}",
                slug=f"orang-{number}",
                role="Kepala DPMPTSP" if code == "id" else "Head of DPMPTSP",
                institution=institutions[number % len(institutions)],
                is_trainer=number % 4 == 0,
                biography=PARAGRAPH[code],
                email=f"person{number}@example.org",
            )
        for number, name in enumerate(
            ["Complaint management", "Service integration", "Innovative management", "AI and data"], start=1
        ):
            create(Pillar, code, f"pl{number}", name=name, slug=f"pillar-{number}", number=number)
        for number, name in enumerate(["Birth", "Education", "Work", "Entrepreneurship", "Old age"], start=1):
            create(LifeJourneyStage, code, f"s{number}", name=name, slug=f"stage-{number}", order=number)
    return made


def build_pages(locales, pages_per_language, taxonomy, images, rng):
    """Pages of every type below the skeleton the migrations built; returns {model label: [page, ...]}."""
    from django.db import transaction

    from wagtail.models import Page, get_page_models

    from cms.models import Country, HomePage, Institution, Pillar, StandardPage
    from programmes.models import PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelineEvent, TimelinePage

    now = datetime.datetime.now(datetime.UTC)
    made = {}
    keys = {}

    def add(parent, page, key, code):
        page.locale = locales[code]
        if key in keys:
            page.translation_key = keys[key]
        page.live = True
        page.first_published_at = page.last_published_at = now
        parent.add_child(instance=page)
        keys.setdefault(key, page.translation_key)
        made.setdefault(page._meta.label, []).append(page)
        return page

    share = {"timeline": 5, "partner": 10, "standard": pages_per_language // 5}
    share["programme"] = max(pages_per_language - sum(share.values()), 1)
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
        with transaction.atomic():
            for number in range(share["programme"]):
                title, summary = STORIES[code][number % 3]
                place = PLACES[number % len(PLACES)]
                page = add(
                    programme_index,
                    ProgrammePage(
                        title=title.format(place=place) + f" ({number + 1})",
                        slug=f"kegiatan-{number}",
                        summary=summary.format(place=place),
                        date=TODAY - datetime.timedelta(days=number),
                        body=body(code, images[number % len(images)], rng),
                    ),
                    ("programme", number),
                    code,
                )
                page.pillars.add(taxonomy[code][Pillar][number % 4])
            for number in range(share["partner"]):
                add(
                    programme_index,
                    PartnerPage(
                        title=f"Partner {number + 1}",
                        slug=f"mitra-{number}",
                        summary=STORIES[code][0][1].format(place=PLACES[number]),
                        country=taxonomy[code][Country][number % 2],
                        lead_institution=taxonomy[code][Institution][number],
                        flagship_practice="Mal Pelayanan Publik (MPP)",
                        body=body(code, images[number % len(images)], rng),
                    ),
                    ("partner", number),
                    code,
                )
            for number in range(share["timeline"]):
                timeline = add(
                    programme_index,
                    TimelinePage(
                        title=f"Timeline {number + 1}",
                        slug=f"linimasa-{number}",
                        summary=PARAGRAPH[code][3:80],
                    ),
                    ("timeline", number),
                    code,
                )
                for event_number in range(20):
                    TimelineEvent.objects.create(
                        page=timeline,
                        date=TODAY - datetime.timedelta(days=180 * event_number),
                        title=STORIES[code][event_number % 3][0].format(place=PLACES[event_number]),
                        description=PARAGRAPH[code],
                        country=taxonomy[code][Country][event_number % 2],
                    )
            for number in range(share["standard"]):
                parent = other_sections[number % len(other_sections)] if other_sections else home
                add(
                    parent,
                    StandardPage(
                        title=STORIES[code][number % 3][0].format(place=PLACES[number % len(PLACES)])
                        + f" · {number + 1}",
                        slug=f"halaman-{number}",
                        summary=STORIES[code][number % 3][1].format(place=PLACES[number % len(PLACES)]),
                        body=body(code, images[number % len(images)], rng),
                    ),
                    ("standard", number),
                    code,
                )
    known = set(made)
    missing = [m._meta.label for m in get_page_models() if m is not Page and m._meta.label not in known]
    return made, missing


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
        words = ["MPP", "pelayanan", "Banyuwangi", "ASAN", "lokakarya", "integrasi", "DPMPTSP", "forum"]
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
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (default 1000)")
    parser.add_argument("--regions", type=int, default=500, help="regions per language (default 500)")
    parser.add_argument("--people", type=int, default=300, help="people per language (default 300)")
    parser.add_argument("--per-kind", type=int, default=60, help="addresses driven per kind (default 60)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--out", required=True, help="where to write the addresses and query counts (JSON)")
    options = parser.parse_args()
    setup_django()

    from django.db import transaction

    from wagtail.models import Locale, Page

    if Page.objects.filter(depth__gt=3).exists():
        sys.exit("This database already has content: point the benchmark at a new, empty database.")
    rng = random.Random(2017)
    started = time.monotonic()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    with transaction.atomic():
        taxonomy = build_taxonomy(locales, options.regions, options.people, rng)
        images = make_images(5)
    made_pages, missing = build_pages(locales, options.pages, taxonomy, images, rng)
    total = sum(len(pages) for pages in made_pages.values())
    items = sum(len(v) for t in taxonomy.values() for v in t.values())
    print(
        f"  content: {total} pages, {items} taxonomy items in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    for label in missing:
        print(f"  warning: no generator for {label}: add one to tests/benchmarks/content.py", flush=True)
    urls = public_urls(made_pages, taxonomy, options.per_kind)
    counts = count_queries(urls, options.host)
    Path(options.out).write_text(json.dumps({"urls": urls, "queries": counts, "missing": missing}, indent=1))


if __name__ == "__main__":
    main()
