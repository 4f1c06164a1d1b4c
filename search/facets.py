"""The facets, declared once: each with its label, where a document keeps its values and how a value is named.

The database index (its `search_searchfacet` rows and labels), the Elasticsearch mapping
and aggregations, the query parameters, the search page and the JSON API all read
`facets()`. Values are stable across languages (a country code, a slug, a year), so a
filter survives switching language; a value is named for the reader by:

- `"kind"`: the label its content kind registered (`search.registry`);
- `"language"`: the language's name from `settings.LANGUAGE_NAMES`;
- `"value"`: itself (a year);
- `"index"`: the `search_facetlabel` row in the reader's language, written when the object
  that owns the value is indexed (a country names its code) or by the document itself
  (a tag names its slug).

A content app adds a facet of its own with `declare(...)` in its `search.py`, then gives
each document its values (`register_page(..., facets={"sector": lambda page: [...]})`);
Elasticsearch needs `manage.py search_index rebuild` to map the new field.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

NAMED_BY = ("kind", "language", "value", "index")


@dataclass(frozen=True)
class Facet:
    """One facet. `values(document)` gives its (value, label) pairs; label "" when the document has none."""

    name: str
    label: str
    values: Callable[[object], Iterable[tuple[str, str]]]
    named_by: str = "index"
    # Years read best newest first; other facets list the most frequent value first.
    newest_first: bool = False
    # The language facet only means something when other languages are included.
    only_with_other_languages: bool = False

    def __post_init__(self):
        if self.named_by not in NAMED_BY:
            raise ValueError(f"facet {self.name}: named_by must be one of {NAMED_BY}")


def _document_field(name):
    return lambda document: [(value, "") for value in getattr(document, name)]


def _extra(name):
    return lambda document: [(value, "") for value in document.facets.get(name, ())]


_facets: dict[str, Facet] = {}


def declare(
    name, label, *, values=None, named_by="index", newest_first=False, only_with_other_languages=False
):
    """Declare a facet. Without `values` the documents give theirs in `SearchDocument.facets[name]`."""
    if not name.isidentifier() or len(name) > 20:
        raise ValueError(f"facet name {name!r}: a short identifier (it is a URL parameter and a field)")
    facet = Facet(
        name=name,
        label=label,
        values=values or _extra(name),
        named_by=named_by,
        newest_first=newest_first,
        only_with_other_languages=only_with_other_languages,
    )
    _facets[name] = facet
    return facet


def facets():
    """Every facet, in the order the search page shows them."""
    return list(_facets.values())


def names():
    return list(_facets)


def get(name):
    return _facets[name]


declare("kind", _("Kind"), values=lambda document: [(document.kind, "")], named_by="kind")
declare(
    "language",
    _("Language"),
    values=lambda document: [(document.language, "")],
    named_by="language",
    only_with_other_languages=True,
)
declare("country", _("Country"), values=_document_field("country"))
declare("region", _("Region"), values=_document_field("region"))
declare("pillar", _("Pillar"), values=_document_field("pillar"))
declare("stage", _("Life-journey stage"), values=_document_field("stage"))
declare(
    "year",
    _("Year"),
    values=lambda document: [(str(document.year), str(document.year))] if document.year else [],
    named_by="value",
    newest_first=True,
)
declare("tag", _("Tag"), values=lambda document: list(document.tags))
