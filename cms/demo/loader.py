"""Builds the demo site from `cms.demo.taxonomy` and `cms.demo.pages`, adding only what is missing.

Every item is matched by its slug (taxonomy, Indonesian pages) or by its translation
key (translations), so running the loader again creates nothing new and never
overwrites what an editor changed in between.
"""

from collections import Counter

from django.db import transaction

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms.demo import pages as page_data
from cms.demo import taxonomy as data
from cms.models import Country, HomePage, Institution, LifeJourneyStage, Person, Pillar, Region, StandardPage
from practices.models import PracticeIndexPage
from programmes.models import PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelineEvent, TimelinePage
from workshops.models import TrainingIndexPage

LANGUAGES = ("id", "en", "az")
SECTION_MODELS = {
    "programmeindexpage": ProgrammeIndexPage,
    "practiceindexpage": PracticeIndexPage,
    "trainingindexpage": TrainingIndexPage,
}


def rich_paragraphs(paragraphs):
    return [("paragraph", RichText(html)) for html in paragraphs]


class DemoLoader:
    def __init__(self):
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        self.created = Counter()
        # slug -> {language: item}, so pages and later items can link to the right translation.
        self.items = {}

    @transaction.atomic
    def run(self):
        self.load_taxonomy()
        self.load_pages()
        return self.created

    # Taxonomy

    def item(self, model, slug, common, per_language):
        """The item with this slug in Indonesian, plus its translations, creating what is missing."""
        original = model.objects.filter(locale=self.locales["id"], slug=slug).first()
        if original is None:
            tags = common.pop("tags", [])
            original = model(locale=self.locales["id"], slug=slug, **common, **per_language["id"])
            if tags:
                original.tags.add(*tags)
            original.save()
            self.created[model._meta.model_name] += 1
        versions = {"id": original}
        for code in LANGUAGES[1:]:
            if code not in per_language:
                continue
            locale = self.locales[code]
            translation = model.objects.filter(
                translation_key=original.translation_key, locale=locale
            ).first()
            if translation is None:
                # The copy_for_translation signal points links at same-language items.
                translation = original.copy_for_translation(locale)
                for field, value in per_language[code].items():
                    setattr(translation, field, value)
                translation.save()
                self.created[model._meta.model_name] += 1
            versions[code] = translation
        self.items[(model, slug)] = versions
        return versions

    def get(self, model, slug, language="id"):
        if slug is None:
            return None
        return self.items[(model, slug)].get(language) or self.items[(model, slug)]["id"]

    def load_taxonomy(self):
        for country in data.COUNTRIES:
            self.item(
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
        indonesia = self.get(Country, "indonesia")
        for slug, time_zone, names in data.PROVINCES:
            jakarta = slug == "dki-jakarta"
            self.item(
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
            self.item(
                Region,
                slug,
                {
                    "kind": kind,
                    "parent": self.get(Region, province),
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
            self.item(
                Institution,
                slug,
                {
                    "kind": kind,
                    "country": self.get(Country, country),
                    "region": self.get(Region, region),
                    "short_name": short_name,
                },
                {code: {"name": names[code]} for code in LANGUAGES},
            )
        for region_slug in data.DPMPTSP_REGIONS:
            region = self.items[(Region, region_slug)]
            self.item(
                Institution,
                f"dpmptsp-{region_slug}",
                {
                    "kind": "regional_office",
                    "country": indonesia,
                    "region": region["id"],
                    "short_name": "DPMPTSP",
                    "tags": ["ToT 2018"],
                },
                {
                    code: {"name": data.DPMPTSP_NAME[code].format(region=region[code].name)}
                    for code in LANGUAGES
                },
            )
        for slug, name, institution, roles in data.PEOPLE:
            self.item(
                Person,
                slug,
                {"name": name, "institution": self.get(Institution, institution)},
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
            self.item(Pillar, slug, {"number": number}, {code: {"name": names[code]} for code in LANGUAGES})
        for order, slug, names in data.LIFE_JOURNEY:
            self.item(
                LifeJourneyStage, slug, {"order": order}, {code: {"name": names[code]} for code in LANGUAGES}
            )

    # Pages

    def publish(self, page):
        page.save_revision().publish()
        self.created["pages"] += 1

    def child(self, parent, model, slug, **fields):
        """The Indonesian page `slug` under `parent`, created and published when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        return page, True

    def translation(self, source, language, **fields):
        """The translation of `source`, copied with Wagtail's copy_for_translation when missing."""
        locale = self.locales[language]
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific, False
        page = source.copy_for_translation(locale).specific
        for field, value in fields.items():
            setattr(page, field, value)
        page.save()
        self.publish(page)
        return page, True

    def fill_blank(self, page, **fields):
        """Set the fields an editor has not filled in yet, and publish if anything changed."""
        page = page.specific
        changed = False
        for field, value in fields.items():
            if not getattr(page, field):
                setattr(page, field, value)
                changed = True
        if changed:
            page.save()
            self.publish(page)
        return page

    def load_pages(self):
        homes = {code: HomePage.objects.get(locale=self.locales[code]) for code in LANGUAGES}
        for code, home in homes.items():
            self.fill_blank(home, **page_data.HOME[code])
        sections = {}
        for model_name, texts in page_data.SECTIONS.items():
            model = SECTION_MODELS[model_name]
            for code in LANGUAGES:
                summary, introduction = texts[code]
                page = model.objects.get(locale=self.locales[code])
                sections[(model_name, code)] = self.fill_blank(
                    page, summary=summary, introduction=introduction
                )

        about = page_data.ABOUT
        source, _ = self.child(
            homes["id"],
            StandardPage,
            about["id"]["slug"],
            title=about["id"]["title"],
            summary=about["id"]["summary"],
            body=rich_paragraphs(about["id"]["paragraphs"]),
        )
        self.translation(
            source,
            "en",
            title=about["en"]["title"],
            slug=about["en"]["slug"],
            summary=about["en"]["summary"],
            body=rich_paragraphs(about["en"]["paragraphs"]),
        )

        programme = sections[("programmeindexpage", "id")]
        for partner in page_data.PARTNERS:
            text = partner["id"]
            source, _ = self.child(
                programme,
                PartnerPage,
                partner["slug"],
                country=self.get(Country, partner["country"]),
                lead_institution=self.get(Institution, partner["lead_institution"]),
                **{key: value for key, value in text.items() if key != "body"},
                body=rich_paragraphs([text["body"]]),
            )
            for code in ("en", "az"):
                text = partner[code]
                self.translation(
                    source,
                    code,
                    country=self.get(Country, partner["country"], code),
                    lead_institution=self.get(Institution, partner["lead_institution"], code),
                    **{key: value for key, value in text.items() if key != "body"},
                    body=rich_paragraphs([text["body"]]),
                )

        self.load_timeline(programme)

        for date, countries, pillars, tags, texts in page_data.PROGRAMME_PAGES:
            slug, title, summary, paragraphs = texts["id"]
            source, created = self.child(
                programme,
                ProgrammePage,
                slug,
                title=title,
                summary=summary,
                date=date,
                body=rich_paragraphs(paragraphs),
            )
            if created:
                self.link_programme_page(source, countries, pillars, tags, "id")
            slug, title, summary, paragraphs = texts["en"]
            page, created = self.translation(
                source, "en", slug=slug, title=title, summary=summary, body=rich_paragraphs(paragraphs)
            )
            if created:
                self.link_programme_page(page, countries, pillars, tags, "en")

    def link_programme_page(self, page, countries, pillars, tags, language):
        page.countries.set([self.get(Country, slug, language) for slug in countries])
        page.pillars.set([self.get(Pillar, slug, language) for slug in pillars])
        page.tags.set(tags)
        page.save()
        page.save_revision().publish()

    def load_timeline(self, programme):
        timeline = page_data.TIMELINE
        source, created = self.child(
            programme,
            TimelinePage,
            timeline["slug"]["id"],
            title=timeline["title"]["id"],
            summary=timeline["summary"]["id"],
        )
        if created:
            self.set_events(source, "id")
        page, created = self.translation(
            source,
            "en",
            slug=timeline["slug"]["en"],
            title=timeline["title"]["en"],
            summary=timeline["summary"]["en"],
        )
        if created:
            self.set_events(page, "en")

    def set_events(self, page, language):
        page.events.all().delete()
        for position, (date, end_date, precision, country, people, texts) in enumerate(
            page_data.TIMELINE_EVENTS
        ):
            title, description = texts[language]
            event = TimelineEvent(
                page=page,
                sort_order=position,
                date=date,
                end_date=end_date,
                precision=precision,
                title=title,
                description=f"<p>{description}</p>",
                country=self.get(Country, country, language),
            )
            event.save()
            event.people.set([self.get(Person, slug, language) for slug in people])
            event.save()
        page.refresh_from_db()
        page.save_revision().publish()
