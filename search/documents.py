"""The common search document every kind maps to, and the default mapping for pages."""

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from . import facets as facet_declarations

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
    # Values of facets a content app declared itself (`search.facets.declare`), by facet name.
    facets: dict[str, list[str]] = field(default_factory=dict)

    @property
    def year(self):
        return self.date.year if self.date else None

    def facet_values(self):
        """(facet, value, label) triples of every declared facet; label "" where the document has none."""
        values = [
            (facet.name, value, label)
            for facet in facet_declarations.facets()
            for value, label in facet.values(self)
        ]
        return list(dict.fromkeys(values))

    def checksum(self):
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        if not data["facets"]:
            del data["facets"]  # checksums written before app-declared facets existed stay valid
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()


def source_for(obj):
    """The key of everything indexed for one object; all pages share Page's table and ids."""
    if isinstance(obj, Page):
        return f"wagtailcore.page:{obj.pk}"
    return f"{obj._meta.label_lower}:{obj.pk}"


def parse_source(source):
    """(model label, primary key) of a source key; the key is a string, as written."""
    label, _sep, pk = source.rpartition(":")
    return label, pk


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
    except FieldDoesNotExist:
        model_field = None  # a property or method listed in search_fields
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
        except FieldDoesNotExist:
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
