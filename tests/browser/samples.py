"""One published sample of every public page type and taxonomy view, in id, en and az.

The quality gates (accessibility, valid HTML, no JavaScript, page weight) visit these
samples. `expected_kinds()` derives the list of what must be sampled from the code
itself (Wagtail's page models, the taxonomy and search URL patterns), so a page type
added later fails the gates until it gets a sample here.
"""

import datetime
import io

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile
from django.urls import URLPattern, reverse
from django.utils import translation

from wagtail.models import Locale, Page, get_page_models
from wagtail.rich_text import RichText

LANGUAGES = ("id", "en", "az")
NOT_FOUND = "404"
# Public addresses that answer with data for scripts, not a page a person reads; the
# harness checks they really are JSON, so this list cannot hide a page from the gates.
NOT_PAGES = {"search:autocomplete"}


def expected_kinds():
    """Every public kind of page: page models, taxonomy views, search views and the 404 page."""
    from cms import urls_taxonomy
    from search import urls as search_urls

    kinds = [model._meta.label for model in get_page_models() if model is not Page]
    for namespace, patterns in (
        (urls_taxonomy.app_name, urls_taxonomy.urlpatterns),
        (search_urls.app_name, search_urls.urlpatterns),
    ):
        kinds.extend(f"{namespace}:{p.name}" for p in patterns if isinstance(p, URLPattern) and p.name)
    kinds.append(NOT_FOUND)
    return [kind for kind in kinds if kind not in NOT_PAGES]


def data_endpoints():
    """{kind: path} of the NOT_PAGES endpoints, in Indonesian."""
    from search import urls as search_urls

    with translation.override("id"):
        return {
            f"{search_urls.app_name}:{p.name}": reverse(f"{search_urls.app_name}:{p.name}") + "?q=MPP"
            for p in search_urls.urlpatterns
            if f"{search_urls.app_name}:{p.name}" in NOT_PAGES
        }


# What the samples say, per language: realistic programme facts, not lorem ipsum.
TEXT = {
    "id": {
        "standard": ("Tentang kerja sama", "Kerja sama Indonesia dan Azerbaijan di bidang pelayanan publik."),
        "programme": ("Nota Kesepahaman 2017", "KemenPANRB dan Badan Negara Azerbaijan menandatangani MoU."),
        "partner": ("Indonesia", "Mal Pelayanan Publik menyatukan layanan banyak instansi di satu atap."),
        "timeline": ("Linimasa kerja sama", "Dari Banyuwangi 2014 hingga Simposium 2025."),
        "heading": "Satu atap untuk banyak layanan",
        "paragraph": "<p>Pada 2024 Indonesia memiliki <b>207 MPP</b>; pada akhir 2025 jumlahnya 305.</p>",
        "alt": "Loket pelayanan di sebuah Mal Pelayanan Publik",
        "caption": "Mal Pelayanan Publik, tempat warga mengurus banyak layanan sekaligus.",
        "quote": "ASAN berarti mudah: satu atap untuk banyak layanan.",
        "cta": "Baca linimasa kerja sama",
        "event": "Penandatanganan rencana aksi di Jakarta",
        "event2": "Training for Trainers di Baku",
        "country_id": "Indonesia",
        "country_az": "Azerbaijan",
        "province": "Jawa Timur",
        "regency": "Kabupaten Banyuwangi",
        "institution": "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "role": "Deputi Bidang Pelayanan Publik",
        "pillar": "Melibatkan warga melalui pengelolaan pengaduan yang lebih baik",
        "stage": "Kelahiran",
    },
    "en": {
        "standard": (
            "About the cooperation",
            "How Indonesia and Azerbaijan work together on public services.",
        ),
        "programme": ("The 2017 memorandum", "KemenPANRB and the Azerbaijani State Agency sign an MoU."),
        "partner": ("Indonesia", "Public service malls bring many agencies' services under one roof."),
        "timeline": ("Timeline of the cooperation", "From Banyuwangi in 2014 to the 2025 symposium."),
        "heading": "One roof for many services",
        "paragraph": "<p>In 2024 Indonesia had <b>207 MPPs</b>; by the end of 2025 it had 305.</p>",
        "alt": "Service counters in a public service mall",
        "caption": "A public service mall, where citizens handle many services in one visit.",
        "quote": "ASAN means easy: one roof for many services.",
        "cta": "Read the cooperation's timeline",
        "event": "Action plan signed in Jakarta",
        "event2": "Training for Trainers in Baku",
        "country_id": "Indonesia",
        "country_az": "Azerbaijan",
        "province": "East Java",
        "regency": "Banyuwangi Regency",
        "institution": "Ministry of State Apparatus Empowerment and Bureaucratic Reform",
        "role": "Deputy for Public Service",
        "pillar": "Engaging citizens through better complaint management",
        "stage": "Birth",
    },
    "az": {
        "standard": (
            "Əməkdaşlıq haqqında",
            "İndoneziya və Azərbaycan dövlət xidmətlərində necə əməkdaşlıq edir.",
        ),
        "programme": (
            "2017-ci il memorandumu",
            "KemenPANRB və Azərbaycanın Dövlət Agentliyi memorandum imzalayır.",
        ),
        "partner": (
            "İndoneziya",
            "Dövlət xidməti mərkəzləri bir çox qurumun xidmətini bir dam altında birləşdirir.",
        ),
        "timeline": (
            "Əməkdaşlığın xronologiyası",
            "2014-cü ildə Banyuvanqidən 2025-ci il simpoziumuna qədər.",
        ),
        "heading": "Bir dam altında çoxlu xidmət",
        "paragraph": "<p>2024-cü ildə İndoneziyada <b>207 MPP</b> var idi; 2025-ci ilin sonunda 305.</p>",
        "alt": "Dövlət xidməti mərkəzində xidmət masaları",
        "caption": "Vətəndaşların bir səfərdə çoxlu xidmət aldığı dövlət xidməti mərkəzi.",
        "quote": "ASAN asan deməkdir: bir dam altında çoxlu xidmət.",
        "cta": "Əməkdaşlığın xronologiyasını oxuyun",
        "event": "Cakartada fəaliyyət planı imzalanır",
        "event2": "Bakıda təlimçilər üçün təlim",
        "country_id": "İndoneziya",
        "country_az": "Azərbaycan",
        "province": "Şərqi Yava",
        "regency": "Banyuvanqi regentliyi",
        "institution": "Dövlət Aparatının Gücləndirilməsi və Bürokratik İslahat Nazirliyi",
        "role": "Dövlət xidməti üzrə deputat",
        "pillar": "Şikayətlərin daha yaxşı idarə olunması ilə vətəndaşların cəlb edilməsi",
        "stage": "Doğum",
    },
}


def make_image(title="Mal Pelayanan Publik", size=(1600, 900)):
    """A real JPEG larger than any slot, so the pages must serve renditions."""
    from wagtail.images.models import Image

    picture = PILImage.new("RGB", size, (11, 79, 108))
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 80):
        draw.rectangle([x, size[1] // 2, x + 60, size[1] - 40], fill=(242, 246, 248))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return Image.objects.create(title=title, file=ImageFile(buffer, name="mpp-counters.jpg"))


def _translated(model, key_item, locale, **fields):
    """Create the `locale` translation of a taxonomy item, sharing its slug and translation key."""
    return model.objects.create(
        locale=locale, translation_key=key_item.translation_key, slug=key_item.slug, **fields
    )


def build_taxonomy(locales):
    """Countries, a province and a regency with its MPP, an institution, a person, a pillar, a stage."""
    from cms.models import Country, Institution, LifeJourneyStage, Person, Pillar, Region

    items = {}
    first = {}
    for code in LANGUAGES:
        text = TEXT[code]
        locale = locales[code]

        def create(model, name, _code=code, _locale=locale, **fields):
            original = first.get(model)
            if original is None:
                item = model.objects.create(locale=_locale, name=name, **fields)
                first[model] = item
                return item
            return _translated(model, original, _locale, name=name, **fields)

        indonesia = create(
            Country, text["country_id"], code="ID", is_partner=True, description="<p>Partner.</p>"
        )
        # Two items of one model need their own originals; keep them apart by slug.
        azerbaijan = (
            Country.objects.create(
                locale=locale, name=text["country_az"], code="AZ", is_partner=True, slug="azerbaijan"
            )
            if code == "id"
            else _translated(
                Country,
                items[("id", "azerbaijan")],
                locale,
                name=text["country_az"],
                code="AZ",
                is_partner=True,
            )
        )
        province = create(
            Region, text["province"], kind="province", country=indonesia, mpp_status="under_construction"
        )
        regency = (
            Region.objects.create(
                locale=locale,
                name=text["regency"],
                slug="banyuwangi",
                kind="regency",
                parent=province,
                country=indonesia,
                time_zone="Asia/Jakarta",
                mpp_status="operating",
                mpp_opened_on=datetime.date(2017, 12, 12),
                description="<p>Banyuwangi replicated ASAN Xidmat in 2014.</p>",
            )
            if code == "id"
            else _translated(
                Region,
                items[("id", "regency")],
                locale,
                name=text["regency"],
                kind="regency",
                parent=province,
                country=indonesia,
                mpp_status="operating",
                mpp_opened_on=datetime.date(2017, 12, 12),
                description="<p>Banyuwangi replicated ASAN Xidmat in 2014.</p>",
            )
        )
        institution = create(
            Institution,
            text["institution"],
            short_name="KemenPANRB",
            kind="ministry",
            country=indonesia,
            region=regency,
            website="https://www.menpan.go.id/",
            description="<p>Leads the cooperation for Indonesia.</p>",
        )
        person = create(
            Person,
            "Diah Natalisa",
            role=text["role"],
            institution=institution,
            is_trainer=True,
            biography="<p>Deputy for Public Service in 2017.</p>",
            email="private@example.org",
            phone="+62 21 000 000",
        )
        pillar = create(Pillar, text["pillar"], number=1, description="<p>Complaint management.</p>")
        stage = create(LifeJourneyStage, text["stage"], order=1, description="<p>Birth certificates.</p>")
        items.update(
            {
                (code, "country"): indonesia,
                (code, "azerbaijan"): azerbaijan,
                (code, "province"): province,
                (code, "regency"): regency,
                (code, "institution"): institution,
                (code, "person"): person,
                (code, "pillar"): pillar,
                (code, "stage"): stage,
            }
        )
    return items


def body(text, image, link_page):
    return [
        ("heading", {"text": text["heading"], "level": "h2"}),
        ("paragraph", RichText(text["paragraph"])),
        ("image", {"image": image, "alt_text": text["alt"], "caption": text["caption"]}),
        ("quote", {"quote": text["quote"], "attribution": "ASAN Xidmat"}),
        ("call_to_action", {"text": text["cta"], "page": link_page, "external_url": ""}),
    ]


def publish(page):
    page.save_revision().publish()
    return page


def build_pages(locales, taxonomy, image):
    """Fill the skeleton the migrations built (home and sections) with a page of every type."""
    from cms.models import HomePage, StandardPage
    from practices.models import PracticeIndexPage
    from programmes.models import PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelineEvent, TimelinePage
    from workshops.models import TrainingIndexPage

    pages = {}
    keys = {}
    for code in LANGUAGES:
        text = TEXT[code]
        locale = locales[code]
        home = HomePage.objects.get(locale=locale, depth=2)
        programme_index = ProgrammeIndexPage.objects.get(locale=locale)
        for section in (
            programme_index,
            PracticeIndexPage.objects.get(locale=locale),
            TrainingIndexPage.objects.get(locale=locale),
        ):
            section.summary = text["standard"][1]
            section.introduction = f"<p>{text['standard'][1]}</p>"
            publish(section)
            pages[(code, section._meta.label)] = section

        def add(parent, page, _code=code):
            key = keys.get(type(page))
            if key is not None:
                page.translation_key = key
            page.locale = locales[_code]
            parent.add_child(instance=page)
            keys.setdefault(type(page), page.translation_key)
            return publish(page)

        timeline = add(
            programme_index,
            TimelinePage(
                title=text["timeline"][0],
                slug="timeline",
                summary=text["timeline"][1],
                introduction=f"<p>{text['timeline'][1]}</p>",
            ),
        )
        for date, title, where in (
            (datetime.date(2024, 7, 1), text["event"], taxonomy[(code, "country")]),
            (datetime.date(2018, 7, 4), text["event2"], taxonomy[(code, "azerbaijan")]),
        ):
            event = TimelineEvent.objects.create(
                page=timeline,
                date=date,
                end_date=date + datetime.timedelta(days=2) if where.code == "AZ" else None,
                title=title,
                description="<p>KemenPANRB · ASAN Xidmat</p>",
                country=where,
            )
            event.people.add(taxonomy[(code, "person")])
        publish(timeline)

        standard = add(
            home, StandardPage(title=text["standard"][0], slug="about", summary=text["standard"][1])
        )
        standard.body = body(text, image, timeline)
        publish(standard)
        programme = add(
            programme_index,
            ProgrammePage(
                title=text["programme"][0],
                slug="mou-2017",
                summary=text["programme"][1],
                date=datetime.date(2017, 7, 31),
                body=body(text, image, timeline),
            ),
        )
        programme.pillars.add(taxonomy[(code, "pillar")])
        programme.countries.add(taxonomy[(code, "country")], taxonomy[(code, "azerbaijan")])
        programme.tags.add("MoU", "ASAN Xidmat")
        publish(programme)
        partner = add(
            programme_index,
            PartnerPage(
                title=text["partner"][0],
                slug="indonesia",
                summary=text["partner"][1],
                country=taxonomy[(code, "country")],
                lead_institution=taxonomy[(code, "institution")],
                flagship_practice="Mal Pelayanan Publik (MPP)",
                languages="Bahasa Indonesia",
                time_zones="WIB, WITA, WIT",
                body=body(text, image, timeline),
            ),
        )
        home.summary = text["partner"][1]
        home.introduction = text["paragraph"]
        home.body = body(text, image, programme)
        publish(home)
        pages.update(
            {
                (code, HomePage._meta.label): home,
                (code, StandardPage._meta.label): standard,
                (code, ProgrammePage._meta.label): programme,
                (code, PartnerPage._meta.label): partner,
                (code, TimelinePage._meta.label): timeline,
            }
        )
    return pages


def build():
    """Build the sample site; returns {(kind, language): path} for every kind that has a sample."""
    from cms import urls_taxonomy
    from search import urls as search_urls

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    taxonomy = build_taxonomy(locales)
    image = make_image()
    pages = build_pages(locales, taxonomy, image)

    # The richest item of each model: the regency has a province, an MPP and an institution.
    items_by_model = {
        type(taxonomy[("id", key)]): taxonomy[("id", key)]
        for key in ("country", "regency", "institution", "person", "pillar", "stage")
    }
    urls = {}
    for (code, label), page in pages.items():
        urls[(label, code)] = page.specific.url
    for code in LANGUAGES:
        with translation.override(code):
            for pattern in urls_taxonomy.urlpatterns:
                name = f"{urls_taxonomy.app_name}:{pattern.name}"
                if "slug" in pattern.pattern.converters:
                    item = items_by_model[pattern.callback.view_class.model]
                    urls[(name, code)] = reverse(name, kwargs={"slug": item.slug})
                else:
                    urls[(name, code)] = reverse(name)
            for pattern in search_urls.urlpatterns:
                name = f"{search_urls.app_name}:{pattern.name}"
                if isinstance(pattern, URLPattern) and pattern.name and name not in NOT_PAGES:
                    urls[(name, code)] = reverse(name) + "?q=MPP"
            urls[(NOT_FOUND, code)] = f"/{code}/no-such-page/"
    return urls
