"""The core's samples for the quality gates: taxonomy items and their routes, the home page,
a standard page, every section page, the search page and its autocomplete, in id, en and az.

Also leaves in `site.shared` what the apps' samples reuse: "taxonomy" {(language, key): item}
with keys country, azerbaijan, province, regency, institution, person, pillar, stage, and
"image", a real JPEG. `body(language, image, link_page, cta)` is a StreamField with every block.
"""

import datetime

from django.urls import reverse
from django.utils import translation

from wagtail.models import get_page_models
from wagtail.rich_text import RichText

from cms import urls_taxonomy
from cms.models import HomePage, SectionIndexPage
from tests.factories import (
    CountryFactory,
    InstitutionFactory,
    LifeJourneyStageFactory,
    PersonFactory,
    PillarFactory,
    ProvinceFactory,
    RegionFactory,
    StandardPageFactory,
    translate,
)
from tests.factories.images import PhotoFactory

AFTER = ()
LANGUAGES = ("id", "en", "az")

# What the samples say, per language: realistic programme facts, not lorem ipsum.
TEXT = {
    "id": {
        "standard": ("Tentang kerja sama", "Kerja sama Indonesia dan Azerbaijan di bidang pelayanan publik."),
        "heading": "Satu atap untuk banyak layanan",
        "paragraph": "<p>Pada 2024 Indonesia memiliki <b>207 MPP</b>; pada akhir 2025 jumlahnya 305.</p>",
        "alt": "Loket pelayanan di sebuah Mal Pelayanan Publik",
        "caption": "Mal Pelayanan Publik, tempat warga mengurus banyak layanan sekaligus.",
        "quote": "ASAN berarti mudah: satu atap untuk banyak layanan.",
        "country_id": "Indonesia",
        "country_az": "Azerbaijan",
        "province": "Jawa Timur",
        "regency": "Kabupaten Banyuwangi",
        "institution": "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "role": "Deputi Bidang Pelayanan Publik",
        "pillar": "Melibatkan warga melalui pengelolaan pengaduan yang lebih baik",
        "stage": "Kelahiran",
        "cta_home": "Kembali ke beranda",
        "cta_about": "Tentang kerja sama",
    },
    "en": {
        "standard": (
            "About the cooperation",
            "How Indonesia and Azerbaijan work together on public services.",
        ),
        "heading": "One roof for many services",
        "paragraph": "<p>In 2024 Indonesia had <b>207 MPPs</b>; by the end of 2025 it had 305.</p>",
        "alt": "Service counters in a public service mall",
        "caption": "A public service mall, where citizens handle many services in one visit.",
        "quote": "ASAN means easy: one roof for many services.",
        "country_id": "Indonesia",
        "country_az": "Azerbaijan",
        "province": "East Java",
        "regency": "Banyuwangi Regency",
        "institution": "Ministry of State Apparatus Empowerment and Bureaucratic Reform",
        "role": "Deputy for Public Service",
        "pillar": "Engaging citizens through better complaint management",
        "stage": "Birth",
        "cta_home": "Back to the home page",
        "cta_about": "About the cooperation",
    },
    "az": {
        "standard": (
            "Əməkdaşlıq haqqında",
            "İndoneziya və Azərbaycan dövlət xidmətlərində necə əməkdaşlıq edir.",
        ),
        "heading": "Bir dam altında çoxlu xidmət",
        "paragraph": "<p>2024-cü ildə İndoneziyada <b>207 MPP</b> var idi; 2025-ci ilin sonunda 305.</p>",
        "alt": "Dövlət xidməti mərkəzində xidmət masaları",
        "caption": "Vətəndaşların bir səfərdə çoxlu xidmət aldığı dövlət xidməti mərkəzi.",
        "quote": "ASAN asan deməkdir: bir dam altında çoxlu xidmət.",
        "country_id": "İndoneziya",
        "country_az": "Azərbaycan",
        "province": "Şərqi Yava",
        "regency": "Banyuvanqi regentliyi",
        "institution": "Dövlət Aparatının Gücləndirilməsi və Bürokratik İslahat Nazirliyi",
        "role": "Dövlət xidməti üzrə deputat",
        "pillar": "Şikayətlərin daha yaxşı idarə olunması ilə vətəndaşların cəlb edilməsi",
        "stage": "Doğum",
        "cta_home": "Ana səhifəyə qayıdın",
        "cta_about": "Əməkdaşlıq haqqında",
    },
}


def build_taxonomy():
    """{(language, key): item}: countries, a province, a regency with its MPP, an institution, a person,
    a pillar and a stage, made in Indonesian by the factories and translated into en and az."""
    text = TEXT["id"]
    indonesia = CountryFactory(
        name=text["country_id"], code="ID", is_partner=True, description="<p>Partner.</p>"
    )
    azerbaijan = CountryFactory(name=text["country_az"], code="AZ", is_partner=True, slug="azerbaijan")
    province = ProvinceFactory(name=text["province"], country=indonesia, mpp_status="under_construction")
    regency = RegionFactory(
        name=text["regency"],
        slug="banyuwangi",
        kind="regency",
        parent=province,
        country=indonesia,
        mpp_status="operating",
        mpp_opened_on=datetime.date(2017, 12, 12),
        description="<p>Banyuwangi replicated ASAN Xidmat in 2014.</p>",
    )
    institution = InstitutionFactory(
        name=text["institution"],
        short_name="KemenPANRB",
        kind="ministry",
        country=indonesia,
        region=regency,
        website="https://www.menpan.go.id/",
        description="<p>Leads the cooperation for Indonesia.</p>",
    )
    person = PersonFactory(
        name="Diah Natalisa",
        role=text["role"],
        institution=institution,
        is_trainer=True,
        biography="<p>Deputy for Public Service in 2017.</p>",
        email="private@example.org",
        phone="+62 21 000 000",
    )
    pillar = PillarFactory(name=text["pillar"], number=1, description="<p>Complaint management.</p>")
    stage = LifeJourneyStageFactory(name=text["stage"], order=1, description="<p>Birth certificates.</p>")
    originals = {
        "country": (indonesia, "country_id"),
        "azerbaijan": (azerbaijan, "country_az"),
        "province": (province, "province"),
        "regency": (regency, "regency"),
        "institution": (institution, "institution"),
        "person": (person, None),
        "pillar": (pillar, "pillar"),
        "stage": (stage, "stage"),
    }
    items = {("id", key): item for key, (item, _name) in originals.items()}
    for code in LANGUAGES[1:]:
        text = TEXT[code]
        # In dependency order: the copy's links point at the same-language items translated before it.
        for key, (item, name) in originals.items():
            changes = {"name": text[name]} if name else {"role": text["role"]}
            items[(code, key)] = translate(item, code, **changes)
    return items


def body(language, image, link_page, cta):
    """A StreamField value with one block of each kind in `language`; its call to action links `link_page`."""
    text = TEXT[language]
    return [
        ("heading", {"text": text["heading"], "level": "h2"}),
        ("paragraph", RichText(text["paragraph"])),
        ("image", {"image": image, "alt_text": text["alt"], "caption": text["caption"]}),
        ("quote", {"quote": text["quote"], "attribution": "ASAN Xidmat"}),
        ("call_to_action", {"text": cta, "page": link_page, "external_url": ""}),
    ]


def build(site):
    taxonomy = build_taxonomy()
    image = PhotoFactory()
    site.shared.update(taxonomy=taxonomy, image=image)
    sections = [model for model in get_page_models() if issubclass(model, SectionIndexPage)]
    # The richest item of each model: the regency has a province, an MPP and an institution.
    items_by_model = {
        type(taxonomy[("id", key)]): taxonomy[("id", key)]
        for key in ("country", "regency", "institution", "person", "pillar", "stage")
    }
    for code in LANGUAGES:
        text = TEXT[code]
        for model in sections:
            section = site.section(model, code)
            section.summary = text["standard"][1]
            section.introduction = f"<p>{text['standard'][1]}</p>"
            site.sample_page(site.publish(section), code)
        home = HomePage.objects.get(locale=site.locales[code], depth=2)
        standard = site.create(
            StandardPageFactory,
            home,
            code,
            title=text["standard"][0],
            slug="about",
            summary=text["standard"][1],
        )
        standard.body = body(code, image, home, text["cta_home"])
        site.sample_page(site.publish(standard), code)
        home.summary = text["standard"][1]
        home.introduction = text["paragraph"]
        home.body = body(code, image, standard, text["cta_about"])
        site.sample_page(site.publish(home), code)
        with translation.override(code):
            for pattern in urls_taxonomy.urlpatterns:
                name = f"{urls_taxonomy.app_name}:{pattern.name}"
                if "slug" in pattern.pattern.converters:
                    item = items_by_model[pattern.callback.view_class.model]
                    site.sample(name, code, reverse(name, kwargs={"slug": item.slug}))
                else:
                    site.sample(name, code, reverse(name))
            # search/ belongs to the search helper; its two routes are sampled here until it has its own.
            for name in ("search:search", "search:autocomplete"):
                site.sample(name, code, reverse(name) + "?q=MPP")
