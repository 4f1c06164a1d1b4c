"""The practice listing as a search: the reader's filters become a `SearchQuery` of kind "practice".

With words (`?q=`) the listing is `search.engine.search()` itself. Without words the engine
answers nothing (it has no browse mode yet), so `browse()` reads the same index rows with the
same facet rule (each facet counted ignoring its own selection, values combined with OR
inside a facet and AND across facets) and returns the engine's own result types.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy

from search import engine
from search.models import SearchEntry, SearchFacet
from search.query import QueryError, from_params
from search.registry import parse_source

KIND = "practice"
PAGE_SIZE = 12
# What the listing offers to filter by; the search's other facets (kind, language, region) are fixed here.
FILTERS = ("country", "pillar", "stage", "year", "tag")
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
        query = from_params(search_params(params), language)
    except QueryError as error:
        return Outcome(error=str(error), status=400)
    results = engine.search(query) if query.parsed else browse(query)
    page_ids = []
    for hit in results.hits:
        label, pk = parse_source(hit.key.partition("#")[0])
        if label == "wagtailcore.page" and pk.isdigit():
            page_ids.append(int(pk))
    return Outcome(query=query, results=results, page_ids=page_ids)


def _matching(query, skip_facet=None):
    entries = SearchEntry.objects.filter(language__in=query.languages)
    for facet, values in sorted(query.filters.items()):
        if facet != skip_facet:
            entries = entries.filter(
                id__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("entry_id")
            )
    return entries


def browse(query):
    """Every document matching the filters, newest first (or by title), with the search's facet counts."""
    entries = _matching(query)
    order = ["-date", "title", "id"] if query.sort == "date" else ["title", "id"]
    total = entries.count()
    rows = entries.order_by(*order)[query.offset : query.offset + query.page_size]
    hits = [
        engine.Hit(
            key=entry.key,
            kind=entry.kind,
            language=entry.language,
            title=engine.marked(entry.title),
            snippet=engine.marked(entry.summary),
            url=entry.url,
            date=entry.date,
            translation_key=entry.translation_key,
        )
        for entry in rows
    ]
    counts = {}
    groups = [([f for f in FILTERS if f not in query.filters], None)]
    groups += [([facet], facet) for facet in FILTERS if facet in query.filters]
    condition = Q()
    for facets, skip in groups:
        if facets:
            condition |= Q(facet__in=facets, entry__in=_matching(query, skip_facet=skip))
    if condition:
        rows = (
            SearchFacet.objects.filter(condition)
            .values_list("facet", "value")
            .annotate(count=Count("entry__translation_key", distinct=True))
        )
        for facet, value, count in rows:
            counts.setdefault(facet, {})[value] = count
    return engine.SearchResults(
        query=query,
        hits=hits,
        total=total,
        facets=engine.build_facets(counts, query),
        backend="database",
    )
