"""The common search document every kind maps to, and the default mapping for pages."""

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

# Facets are the same everywhere; each value is stable across languages
# (a country code, a slug, a year), so filters survive switching language.
FACETS = ("kind", "language", "country", "region", "pillar", "stage", "year", "tag")

# Page fields already mapped to title/summary; everything else declared in the page's
# Wagtail `search_fields` goes into the body.
_MAPPED_FIELDS = {"title", "summary", "slug", "seo_title", "search_description"}


@dataclass
class SearchDocument:
    """One search result as indexed: the same field names for every kind and backend."""

    key: str
    source: str
    kind: str
    language: str
    title: str
    url: str
    translation_key: str
    summary: str = ""
    body: str = ""
    date: dt.date | None = None
    tags: list[tuple[str, str]] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    pillar: list[str] = field(default_factory=list)
    stage: list[str] = field(default_factory=list)

    @property
    def year(self):
        return self.date.year if self.date else None

    def facet_values(self):
        """(facet, value, label) triples; labels only where the document knows them best (tags)."""
        values = [("kind", self.kind, ""), ("language", self.language, "")]
        values += [("country", value, "") for value in self.country]
        values += [("region", value, "") for value in self.region]
        values += [("pillar", value, "") for value in self.pillar]
        values += [("stage", value, "") for value in self.stage]
        values += [("tag", slug, name) for slug, name in self.tags]
        if self.year:
            values.append(("year", str(self.year), str(self.year)))
        return list(dict.fromkeys(values))

    def checksum(self):
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()


def plain_text(value):
    """Readable text from rich text HTML, keeping word boundaries between blocks."""
    if not value:
        return ""
    text = strip_tags(str(value).replace("<", " <"))
    return " ".join(normalize_newlines(text).split())


def field_text(obj, name):
    """The searchable text of one model field: StreamField blocks, rich text or plain."""
    try:
        model_field = obj._meta.get_field(name)
    except Exception:
        model_field = None
    value = getattr(obj, name, "")
    if isinstance(model_field, StreamField):
        return " ".join(plain_text(part) for part in model_field.get_searchable_content(value))
    if isinstance(model_field, RichTextField):
        return plain_text(value)
    if callable(value):
        value = value()
    return plain_text(value) if isinstance(value, str) else ""


def page_body(page):
    """Every text field the page declares in Wagtail's `search_fields`, except title and summary."""
    names = [
        search_field.field_name
        for search_field in page.search_fields
        if isinstance(search_field, index.SearchField) and search_field.field_name not in _MAPPED_FIELDS
    ]
    return " ".join(filter(None, (field_text(page, name) for name in dict.fromkeys(names))))


def _related(obj, *names):
    """Objects of the first field among `names` the object has: a foreign key or a many-to-many."""
    for name in names:
        try:
            model_field = obj._meta.get_field(name)
        except Exception:
            continue
        if isinstance(model_field, models.ManyToManyField):
            return list(getattr(obj, name).all())
        value = getattr(obj, name, None)
        return [value] if value is not None else []
    return []


def tags_of(obj):
    manager = getattr(obj, "tags", None)
    if manager is None:
        return []
    return sorted((tag.slug, tag.name) for tag in manager.all())


def page_date(page):
    value = getattr(page, "date", None) or page.first_published_at
    return as_date(value)


def as_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def page_document(page, kind, **overrides):
    """The default mapping of a page: summary, every searchable text field, taxonomy facets.

    Reads the optional fields `tags`, `countries`/`country`, `regions`/`region`,
    `pillars`/`pillar`, `stages`/`life_journey_stages`, `date` when the page has them.
    Any document field can be overridden with a function of the page.
    """
    values = {
        "title": lambda p: p.title,
        "summary": lambda p: getattr(p, "summary", "") or p.search_description or "",
        "body": page_body,
        "date": page_date,
        "tags": tags_of,
        "country": lambda p: [c.code.lower() for c in _related(p, "countries", "country")],
        "region": lambda p: [r.slug for r in _related(p, "regions", "region")],
        "pillar": lambda p: [r.slug for r in _related(p, "pillars", "pillar")],
        "stage": lambda p: [r.slug for r in _related(p, "stages", "life_journey_stages", "stage")],
        "url": lambda p: p.get_url() or "",
    }
    values.update(overrides)
    from .registry import source_for

    source = source_for(page)
    return SearchDocument(
        key=source,
        source=source,
        kind=kind,
        language=page.locale.language_code,
        translation_key=str(page.translation_key),
        **{name: getter(page) for name, getter in values.items()},
    )


def snippet_document(obj, kind, **values):
    """A document for a translatable snippet with a public page (the taxonomy items)."""
    from .registry import source_for

    source = source_for(obj)
    values.setdefault("url", obj.get_url())
    values.setdefault("title", str(obj))
    return SearchDocument(
        key=source,
        source=source,
        kind=kind,
        language=obj.locale.language_code,
        translation_key=str(obj.translation_key),
        **values,
    )
