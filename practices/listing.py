"""The practice listing as a search: the reader's filters become a `SearchQuery` of kind "practice".

The listing is `search.engine.search()` itself, in browse mode: without words it lists every
practice the filters select, with the search's own facet counts (each facet counted ignoring
its own selection, OR inside a facet, AND across facets). There is no second filter code.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy

from search import engine
from search.query import QueryError, from_params
from search.registry import parse_source

KIND = "practice"
PAGE_SIZE = 12
# What the listing offers to filter by; the search's other facets (kind, language, region) are fixed here.
FILTERS = ("country", "pillar", "stage", "channel", "level", "year", "tag")
SORT_CHOICES = [
    ("date", gettext_lazy("Newest first")),
    ("relevance", gettext_lazy("Relevance (with search words)")),
]


@dataclass
class Outcome:
    """The listing's answer: the query, the search results (None when the input was refused)."""

    query: object = None
    results: object = None
    error: str = ""
    status: int = 200
    page_ids: list[int] = field(default_factory=list)

    @property
    def out_of_range(self):
        return self.results is not None and self.query.page > max(1, self.results.pages)

    @property
    def facets(self):
        return [facet for facet in self.results.facets if facet.name in FILTERS] if self.results else []


def search_params(params):
    """The reader's GET parameters narrowed to what the listing accepts, with the kind fixed."""
    clean = params.copy()
    for name in list(clean):
        if name not in (*FILTERS, "q", "sort", "page"):
            del clean[name]
    clean.setlist("kind", [KIND])
    clean.setlist("size", [str(PAGE_SIZE)])
    if not clean.get("sort"):
        clean.setlist("sort", ["relevance" if clean.get("q", "").strip() else "date"])
    return clean


def run(params, language):
    """Validate the parameters and search; a QueryError becomes a 400 with its message."""
    try:
        query = from_params(search_params(params), language, browse=True)
    except QueryError as error:
        return Outcome(error=str(error), status=400)
    results = engine.search(query)
    page_ids = []
    for hit in results.hits:
        label, pk = parse_source(hit.key.partition("#")[0])
        if label == "wagtailcore.page" and pk.isdigit():
            page_ids.append(int(pk))
    return Outcome(query=query, results=results, page_ids=page_ids)
