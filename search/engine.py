"""The front door of the search: views, the API and templates call `search()` and `autocomplete()` only.

The database index always exists and is the truth. A mirror (Elasticsearch) answers
instead when one is configured, is reachable and has applied every change; its hits are
checked against the database index, so a document removed there is never shown, whatever
the mirror still holds. When the mirror cannot answer, the database does, with a notice.
"""

import logging

from django.conf import settings
from django.utils.translation import gettext_lazy

from . import outbox, registry
from .backends import database
from .backends.database import DatabaseBackend
from .facets import facets
from .mirror import get_mirror
from .models import FacetLabel, SearchEntry
from .results import BackendUnavailable, FacetOption, FacetResult, SearchRejected, SearchResults
from .tasks import catch_up_throttle
from .text import words as text_words

logger = logging.getLogger(__name__)

MAX_FACET_OPTIONS = 20

UNAVAILABLE_NOTICE = gettext_lazy(
    "The full search service is not answering right now, so these results come from a simpler "
    "search: they may rank differently and miss word variants."
)


def _ask_mirror(call):
    """(answer, mirror name, notice): the mirror's answer, or None when the database must answer.

    Raises SearchRejected when the mirror refuses the request as invalid.
    """
    mirror = get_mirror()
    if mirror is None:
        return None, "", ""
    if outbox.pending():
        # Changes the mirror has not applied: it may still hold a page made private. The
        # database answers until they are sent (asked for here too: after an outage nothing
        # else would send them). The notice says so only if the mirror is failing.
        if mirror.available():
            catch_up_throttle.request()
        return None, "", "" if mirror.healthy and mirror.available() else str(UNAVAILABLE_NOTICE)
    if not mirror.available():
        return None, "", str(UNAVAILABLE_NOTICE)
    try:
        return call(mirror), mirror.name, ""
    except BackendUnavailable as error:
        logger.warning("search mirror unavailable, answering from the database: %s", error)
        return None, "", str(UNAVAILABLE_NOTICE)


def _indexed(keys):
    """The keys the database index holds now: the live, public documents."""
    keys = list(keys)
    return set(SearchEntry.objects.filter(key__in=keys).values_list("key", flat=True)) if keys else set()


def search(query):
    """Results for a `query.SearchQuery`; raises `results.SearchRejected` for a request the mirror refuses."""
    if not query.parsed:
        if not query.browse:
            return SearchResults(query=query, hits=[], total=0, facets=[], backend="database")
        # Browsing ranks nothing: the database index, which is the truth, lists and counts.
        raw = DatabaseBackend().search(query)
        return SearchResults(
            query=query,
            hits=raw.hits,
            total=raw.total,
            facets=build_facets(raw.facet_counts, query),
            backend="database",
        )
    raw, answered_by, notice = _ask_mirror(lambda mirror: mirror.search(query))
    if raw is not None:
        # Fail closed: a hit the database index no longer holds is never shown, and a
        # correction is offered only in words the database index holds (a deleted
        # document's words stay in Elasticsearch's term statistics for a while).
        live = _indexed(hit.key for hit in raw.hits)
        removed = [hit for hit in raw.hits if hit.key not in live]
        if removed:
            raw.hits = [hit for hit in raw.hits if hit.key in live]
            raw.total = max(len(raw.hits), raw.total - len(removed))
        if raw.suggestion and raw.total < 3:
            offered = set(text_words(raw.suggestion)) - set(text_words(query.text))
            if not database.known(offered):
                raw.suggestion = ""
    else:
        raw, answered_by = DatabaseBackend().search(query), "database"
    return SearchResults(
        query=query,
        hits=raw.hits,
        total=raw.total,
        facets=build_facets(raw.facet_counts, query),
        suggestion=raw.suggestion if raw.total < 3 else "",
        notice=notice,
        backend=answered_by,
    )


def autocomplete(text, language, limit=8):
    """Titles that start with what the reader typed, in their language: [{"title", "url"}]."""
    text = text.strip()[:100]
    if len(text) < 2:
        return []
    try:
        found, _name, _notice = _ask_mirror(lambda mirror: mirror.autocomplete(text, language, limit))
    except SearchRejected:
        found = None
    if found is not None:
        live = _indexed(item["key"] for item in found)
        return [{"title": item["title"], "url": item["url"]} for item in found if item["key"] in live]
    return DatabaseBackend().autocomplete(text, language, limit)


def _labels(counts, language):
    """(facet, value) -> label in the reader's language, else the default language, else any."""
    wanted = {facet.name for facet in facets() if facet.named_by == "index"}
    values = {value for name, facet_values in counts.items() if name in wanted for value in facet_values}
    labels = {}
    if not values:
        return labels
    rows = FacetLabel.objects.filter(facet__in=list(wanted), value__in=values).values_list(
        "facet", "value", "language", "label"
    )
    for facet, value, label_language, label in rows:
        rank = 0 if label_language == language else (1 if label_language == settings.LANGUAGE_CODE else 2)
        current = labels.get((facet, value))
        if current is None or rank < current[0]:
            labels[(facet, value)] = (rank, label)
    return {key: label for key, (_rank, label) in labels.items()}


def build_facets(counts, query):
    """The options of every declared facet, labelled for the reader; selected values always shown."""
    counts = {name: dict(values) for name, values in counts.items()}
    for name, values in query.filters.items():
        for value in values:
            counts.setdefault(name, {}).setdefault(value, 0)
    labels = _labels(counts, query.language)
    namers = {
        "kind": lambda name, value: str(registry.kind_label(value)),
        "language": lambda name, value: str(settings.LANGUAGE_NAMES.get(value, value)),
        "value": lambda name, value: value,
        "index": lambda name, value: labels.get((name, value), value),
    }
    result = []
    for facet in facets():
        if facet.only_with_other_languages and not query.include_other_languages:
            continue
        name_of = namers[facet.named_by]
        options = [
            FacetOption(value, name_of(facet.name, value), count, value in query.filters.get(facet.name, ()))
            for value, count in counts.get(facet.name, {}).items()
        ]
        if facet.newest_first:
            options.sort(key=lambda o: o.value, reverse=True)
        else:
            options.sort(key=lambda o: (-o.count, o.label.lower()))
        options = options[:MAX_FACET_OPTIONS] + [o for o in options[MAX_FACET_OPTIONS:] if o.selected]
        if options:
            result.append(FacetResult(facet.name, options))
    return result
