"""The core's demo content: the taxonomy (countries, regions, institutions, people, pillars, stages),
the home page of each language and the About page. The apps' demo modules load after it.
"""

from cms.demo import pages as page_data
from cms.demo import taxonomy as data
from cms.demo.loader import LANGUAGES, rich_paragraphs
from cms.models import Country, HomePage, Institution, LifeJourneyStage, Person, Pillar, Region, StandardPage

AFTER = ()


def load(loader):
    load_taxonomy(loader)
    load_pages(loader)


def load_taxonomy(loader):
    for country in data.COUNTRIES:
        loader.item(
            Country,
            country["slug"],
            {"code": country["code"], "is_partner": country.get("is_partner", False)},
            {
                code: {
                    "name": country["name"][code],
                    "description": f"<p>{country['description'][code]}</p>",
                }
                for code in LANGUAGES
            },
        )
    indonesia = loader.get(Country, "indonesia")
    for slug, time_zone, names in data.PROVINCES:
        jakarta = slug == "dki-jakarta"
        loader.item(
            Region,
            slug,
            {
                "kind": "province",
                "country": indonesia,
                "time_zone": time_zone,
                "mpp_status": data.JAKARTA_MPP["status"] if jakarta else "none",
                "tags": ["ToT 2018"] if jakarta else [],
            },
            {
                code: {
                    "name": names[code],
                    "description": "<p>{}</p>".format(
                        data.JAKARTA_MPP["description"][code] if jakarta else data.PROVINCE_NOTE[code]
                    ),
                }
                for code in LANGUAGES
            },
        )
    for slug, kind, province, time_zone, status, tags, names, record in data.REGIONS:
        loader.item(
            Region,
            slug,
            {
                "kind": kind,
                "parent": loader.get(Region, province),
                "country": indonesia,
                "time_zone": time_zone,
                "mpp_status": status,
                "tags": list(tags),
            },
            {
                code: {
                    "name": names[code],
                    "description": f"<p>{record[code]}</p>"
                    + (
                        f"<p>{data.DEMO_NOTE[code]}</p>"
                        if status in ("planned", "under_construction")
                        else ""
                    ),
                }
                for code in LANGUAGES
            },
        )
    for slug, kind, country, region, short_name, names in data.INSTITUTIONS:
        loader.item(
            Institution,
            slug,
            {
                "kind": kind,
                "country": loader.get(Country, country),
                "region": loader.get(Region, region),
                "short_name": short_name,
            },
            {code: {"name": names[code]} for code in LANGUAGES},
        )
    for region_slug in data.DPMPTSP_REGIONS:
        region = loader.items[(Region, region_slug)]
        loader.item(
            Institution,
            f"dpmptsp-{region_slug}",
            {
                "kind": "regional_office",
                "country": indonesia,
                "region": region["id"],
                "short_name": "DPMPTSP",
                "tags": ["ToT 2018"],
            },
            {code: {"name": data.DPMPTSP_NAME[code].format(region=region[code].name)} for code in LANGUAGES},
        )
    for slug, name, institution, roles in data.PEOPLE:
        loader.item(
            Person,
            slug,
            {"name": name, "institution": loader.get(Institution, institution)},
            {
                code: {
                    "role": roles[code],
                    **(
                        {"name": data.PERSON_NAMES_AZ[slug]}
                        if code == "az" and slug in data.PERSON_NAMES_AZ
                        else {}
                    ),
                }
                for code in LANGUAGES
            },
        )
    for number, slug, names in data.PILLARS:
        loader.item(Pillar, slug, {"number": number}, {code: {"name": names[code]} for code in LANGUAGES})
    for order, slug, names in data.LIFE_JOURNEY:
        loader.item(
            LifeJourneyStage, slug, {"order": order}, {code: {"name": names[code]} for code in LANGUAGES}
        )


def load_pages(loader):
    homes = {code: HomePage.objects.get(locale=loader.locales[code]) for code in LANGUAGES}
    for code, home in homes.items():
        loader.fill_blank(home, **page_data.HOME[code])
    about = page_data.ABOUT
    source, _ = loader.child(
        homes["id"],
        StandardPage,
        about["id"]["slug"],
        title=about["id"]["title"],
        summary=about["id"]["summary"],
        body=rich_paragraphs(about["id"]["paragraphs"]),
    )
    loader.translation(
        source,
        "en",
        title=about["en"]["title"],
        slug=about["en"]["slug"],
        summary=about["en"]["summary"],
        body=rich_paragraphs(about["en"]["paragraphs"]),
    )
