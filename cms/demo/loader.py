"""The demo loader: finds each app's `demo.py`, runs them in dependency order, adds only what is missing.

Every installed app may carry a `demo.py` (the core's is the `cms.demo` package) with

    AFTER = ("cms",)        # labels of the apps whose demo must load first
    def load(loader): ...   # loader is the DemoLoader below

Every item is matched by its slug (taxonomy, Indonesian pages) or by its translation
key (translations), so running the loader again creates nothing new and never
overwrites what an editor changed in between.
"""

from collections import Counter

from django.db import transaction

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms import kit

LANGUAGES = ("id", "en", "az")


def rich_paragraphs(paragraphs):
    """StreamField value of `paragraph` blocks, one per HTML string."""
    return [("paragraph", RichText(html)) for html in paragraphs]


def demo_modules():
    """[(app label, module)] of every project app's `demo` module, each after the apps in its AFTER.

    Ties keep INSTALLED_APPS order. Raises ValueError on an unknown label in AFTER or a cycle.
    """
    return kit.in_dependency_order({config.label: module for config, module in kit.kit_modules("demo")})


class DemoLoader:
    """Shared helpers for the apps' `demo.load(loader)`.

    `locales` {code: Locale}; `created` Counter of what was added, by model name (pages
    as "pages"); `item(...)` and `get(...)` for translatable snippets; `child(...)`,
    `translation(...)`, `fill_blank(...)`, `section(...)` and `fill_section(...)` for pages.
    """

    def __init__(self):
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        self.created = Counter()
        # (model, slug) -> {language: item}, so pages and later items can link to the right translation.
        self.items = {}

    @transaction.atomic
    def run(self):
        """Call every app's `demo.load(self)` in dependency order; returns the `created` counter."""
        for _label, module in demo_modules():
            module.load(self)
        return self.created

    # Translatable snippets

    def item(self, model, slug, common, per_language):
        """The item with this slug in Indonesian, plus its translations, creating what is missing.

        `common`: field values of every language (a "tags" list is added to the original);
        `per_language`: {code: field values}; "id" is required. Returns {code: item}.
        """
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
        """The item loaded by `item(model, slug, ...)` in `language` (Indonesian if untranslated)."""
        if slug is None:
            return None
        return self.items[(model, slug)].get(language) or self.items[(model, slug)]["id"]

    # Pages

    def publish(self, page):
        page.save_revision().publish()
        self.created["pages"] += 1

    def child(self, parent, model, slug, **fields):
        """(page, created): the Indonesian page `slug` under `parent`, created and published when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        return page, True

    def translation(self, source, language, **fields):
        """(page, created): the translation of `source`, copied with copy_for_translation when missing."""
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

    def section(self, model, language="id"):
        """The section page of `model` (a SectionIndexPage subclass) in `language`, built by its migration."""
        return model.objects.get(locale=self.locales[language])

    def fill_section(self, model, texts):
        """Fill a section's blank summary and introduction; `texts` {code: (summary, introduction HTML)}.

        Returns {code: section page}.
        """
        return {
            code: self.fill_blank(self.section(model, code), summary=summary, introduction=introduction)
            for code, (summary, introduction) in texts.items()
        }
