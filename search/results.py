"""What a search answers: hits, facet options, the backend's raw answer and the reader's results.

Also the two ways a backend may fail: it is unreachable (the database answers instead) or it
rejects this reader's request as invalid (a 400 for that reader only).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.functional import cached_property

from . import registry
from .facets import get as facet_declaration


class BackendUnavailable(Exception):
    """The backend did not answer in time or at all; the database answers instead."""


class SearchRejected(Exception):
    """The backend refused this request as invalid: the reader gets a 400 with this message."""


@dataclass
class Hit:
    """One result. `title` and `snippet` are safe HTML (escaped, matches in <mark>); `date` a date or None."""

    key: str
    kind: str
    language: str
    title: str
    snippet: str
    url: str
    date: object = None
    translation_key: str = ""

    @property
    def kind_label(self):
        return registry.kind_label(self.kind)

    @property
    def language_label(self):
        return settings.LANGUAGE_NAMES.get(self.language, self.language)

    def as_json(self):
        return {
            "title": str(self.title),
            "snippet": str(self.snippet),
            "url": self.url,
            "kind": self.kind,
            "kind_label": str(self.kind_label),
            "language": self.language,
            "date": self.date.isoformat() if self.date else None,
            "translation_key": self.translation_key,
        }


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class FacetResult:
    """The options of one declared facet among the matches, for the page and the API."""

    name: str
    options: list[FacetOption]

    @property
    def label(self):
        return facet_declaration(self.name).label

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


@dataclass
class RawResults:
    """What a backend returns: hits with marked text, the distinct total, facet counts, "did you mean".

    `suggestion` is "" when the backend has no correction (or was not asked for one: it
    only looks when fewer than three documents match).
    """

    hits: list[Hit]
    total: int
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str = ""


@dataclass
class SearchResults:
    """The reader's answer. `notice` is set when the database stood in for an unreachable mirror."""

    query: object
    hits: list[Hit]
    total: int
    facets: list[FacetResult]
    suggestion: str = ""
    notice: str = ""
    backend: str = ""

    @cached_property
    def pages(self):
        return max(1, -(-self.total // self.query.page_size))

    @property
    def selected_count(self):
        """How many facet values the reader chose."""
        return sum(len(facet.selected) for facet in self.facets)

    @property
    def has_next(self):
        return self.query.page < self.pages

    @property
    def has_previous(self):
        return self.query.page > 1

    def as_json(self):
        return {
            "query": self.query.text,
            "language": self.query.language,
            "all_languages": self.query.include_other_languages,
            "sort": self.query.sort,
            "page": self.query.page,
            "pages": self.pages,
            "total": self.total,
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                facet.name: [
                    {"value": o.value, "label": str(o.label), "count": o.count, "selected": o.selected}
                    for o in facet.options
                ]
                for facet in self.facets
            },
            "suggestion": self.suggestion or None,
            "notice": self.notice or None,
        }
