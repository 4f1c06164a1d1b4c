"""The practices section's demo: its introduction, every practice the programme names (id and en; az for
ASAN Xidmat and the MPP), the MPP replication guide, the lineage from ASAN Xidmat, and the MPP tracker
(the official areas, the demo regions' statuses and the national counts with their sources).

Idempotent: pages are matched by slug and translation, areas by code, counts by date; nothing an
editor changed is overwritten (a tracked area's status is set only while it is still "none").
"""

# Prose reads better unbroken.
# ruff: noqa: E501

from cms.demo.loader import rich_paragraphs
from cms.models import Country, Institution, LifeJourneyStage, MPPStatus, Pillar, Region
from practices import areas
from practices.demo_content import AREA_CODES, LINEAGE, MPP_GUIDE, NATIONAL_COUNTS, PRACTICES
from practices.models import Adaptation, Area, NationalCount, Practice, PracticeIndexPage, ReplicationGuide

AFTER = ("cms",)

# The section page's summary and introduction, per language.
SECTION = {
    "id": (
        "Praktik baik pelayanan publik dari kedua negara dan panduan untuk mereplikasinya.",
        "<p>Dari ASAN Xidmat dan paspor dalam tiga jam hingga MPP Digital: praktik yang dapat ditiru daerah Anda.</p>",
    ),
    "en": (
        "Good public service practices from both countries, and guides to replicate them.",
        "<p>From ASAN Xidmat and the three-hour passport to MPP Digital: practices your region can replicate.</p>",
    ),
    "az": (
        "Hər iki ölkənin dövlət xidməti sahəsində yaxşı təcrübələri və onların tətbiqi üzrə bələdçilər.",
        "<p>ASAN xidmətdən və üç saata verilən pasportdan MPP Digital-a qədər: regionunuzun tətbiq edə biləcəyi təcrübələr.</p>",
    ),
}


def load(loader):
    sections = loader.fill_section(PracticeIndexPage, SECTION)
    pages = {}
    for practice in PRACTICES:
        pages[practice["slug"]] = load_practice(loader, sections["id"], practice)
    load_guide(loader, pages["mal-pelayanan-publik"])
    load_tracker(loader)


def practice_fields(loader, practice, code):
    text = practice[code]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "problem": text["problem"],
        "how_it_works": rich_paragraphs([text["how"]]),
        "lessons": text["lessons"],
        "origin_country": loader.get(Country, practice["country"], code),
        "origin_institution": loader.get(Institution, practice["institution"], code),
        "year_introduced": practice["year"],
        "pillars": [loader.get(Pillar, slug, code) for slug in practice["pillars"]],
        "stages": [loader.get(LifeJourneyStage, slug, code) for slug in practice["stages"]],
        "channel": practice["channel"],
        "level": practice["level"],
        "indicators": [indicator(item, code) for item in practice["indicators"]],
        "adaptations": lineage(loader, code) if practice["slug"] == "asan-xidmat" else [],
    }


def indicator(item, code):
    return {
        "type": "indicator",
        "value": {
            "name": item["name"].get(code, item["name"]["en"]),
            "unit": item["unit"].get(code, item["unit"]["en"]),
            "baseline": item.get("baseline"),
            "baseline_year": item.get("baseline_year"),
            "achieved": item["achieved"],
            "achieved_year": item.get("achieved_year"),
            "source": item["source"],
            "source_url": "",
        },
    }


def lineage(loader, code):
    return [
        Adaptation(
            key=key,
            adapted_from=parent,
            region=loader.get(Region, region, code),
            year=year,
            status=status,
            name=texts[code][0],
            changes=texts[code][1],
        )
        for key, parent, region, year, status, texts in LINEAGE
    ]


def load_practice(loader, section, practice):
    source = section.get_children().filter(slug=practice["slug"]).first()
    if source is None:
        source = Practice(slug=practice["slug"], **practice_fields(loader, practice, "id"))
        source.tags.add(*practice["tags"])
        section.add_child(instance=source)
        loader.publish(source)
    else:
        source = source.specific
    for code in ("en", "az"):
        if code in practice:
            fields = practice_fields(loader, practice, code)
            fields["slug"] = practice["slug"]
            loader.translation(source, code, **fields)
    return source


def load_guide(loader, practice):
    guide = MPP_GUIDE
    source, _created = loader.child(
        practice, ReplicationGuide, guide["slug"]["id"], **guide_fields(guide, "id")
    )
    loader.translation(source, "en", slug=guide["slug"]["en"], **guide_fields(guide, "en"))


def guide_fields(guide, code):
    text = guide[code]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "readiness": [
            {
                "type": "item",
                "id": f"readiness-{n}",
                "value": {"item": item, "explanation": why, "step": step},
            }
            for n, (item, why, step) in enumerate(text["readiness"], start=1)
        ],
        "steps": [
            {"type": "step", "id": f"step-{n}", "value": value}
            for n, value in enumerate(text["steps"], start=1)
        ],
        "cost_min": guide["cost"][0],
        "cost_max": guide["cost"][1],
        "cost_notes": text["cost_notes"],
        "months_min": guide["months"][0],
        "months_max": guide["months"][1],
        "timeline_notes": text["timeline_notes"],
        "pitfalls": [{"type": "pitfall", "value": {"pitfall": p, "avoid": a}} for p, a in text["pitfalls"]],
        "contacts": [
            {"type": "contact", "value": {"role": role, "institution": body, "public_page": ""}}
            for role, body in text["contacts"]
        ],
    }


def load_tracker(loader):
    created, _renamed = areas.load()
    loader.created["area"] += created
    regions = {
        region.slug: region
        for region in Region.objects.filter(locale=loader.locales["id"], slug__in=AREA_CODES)
    }
    for slug, code in AREA_CODES.items():
        region = regions.get(slug)
        if region is not None:
            Area.objects.filter(code=code, mpp_status=MPPStatus.NONE).update(
                mpp_status=region.mpp_status, mpp_opened_on=region.mpp_opened_on
            )
    for count, as_of, source in NATIONAL_COUNTS:
        _count, made = NationalCount.objects.get_or_create(
            as_of=as_of, defaults={"count": count, "source": source}
        )
        loader.created["national count"] += made
