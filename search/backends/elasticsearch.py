"""Elasticsearch: one index per language behind an alias, language analysis and synonyms from a file.

Every failure (refused, timeout, server error) becomes BackendUnavailable: the engine
then answers from the database and the indexer queues the change for `catch-up`.
"""

import contextlib
import time
from pathlib import Path

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.dsl import Search
from elasticsearch.helpers import BulkIndexError, bulk

from django.conf import settings
from django.utils import timezone

from ..documents import FACETS
from ..engine import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    BackendUnavailable,
    Hit,
    RawResults,
    corrected,
    fold,
    marked,
    suggestion_words,
)
from ..models import SearchEntry, SearchFacet
from .transport import PlainJsonNode

SYNONYMS_DIR = Path(__file__).resolve().parent.parent / "synonyms"
KEYWORD_FIELDS = (
    "key",
    "source",
    "kind",
    "language",
    "translation_key",
    "country",
    "region",
    "pillar",
    "stage",
    "tag",
    "year",
    "checksum",
)
SEARCH_FIELDS = ["title^3", "tags^2", "summary^2", "body"]
# Longer "words" are pasted codes or noise; correcting them only costs the spell checker time.
MAX_SUGGEST_WORD = 40


def synonyms():
    """Synonym rules from search/synonyms/*.txt (Solr format, one rule per line, # comments)."""
    rules = []
    for path in sorted(SYNONYMS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                rules.append(line)
    return rules


def analysis(language):
    """Index and search analyzers for one language; the search side adds the programme's synonyms."""
    filters = {
        "programme_synonyms": {"type": "synonym_graph", "synonyms": synonyms(), "lenient": True},
        "turkish_lowercase": {"type": "lowercase", "language": "turkish"},
        "indonesian_stop": {"type": "stop", "stopwords": "_indonesian_"},
        "indonesian_stemmer": {"type": "stemmer", "language": "indonesian"},
        "english_stop": {"type": "stop", "stopwords": "_english_"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
    }
    # Azerbaijani has no built-in analyzer: fold ə and ı (and dotted/dotless capitals) before
    # lower-casing, then asciifolding for ş, ç, ğ, ö, ü, so "xidmet" finds "xidmət", "Baki" "Bakı".
    char_filters = {
        "azerbaijani_fold": {
            "type": "mapping",
            "mappings": ["ə => e", "Ə => e", "ı => i", "I => i", "İ => i"],
        }
    }
    chains = {
        "id": ([], ["lowercase", "asciifolding"], ["indonesian_stop", "indonesian_stemmer"]),
        "en": ([], ["english_possessive", "lowercase", "asciifolding"], ["english_stop", "english_stemmer"]),
        "az": (["azerbaijani_fold"], ["turkish_lowercase", "asciifolding"], []),
    }
    chars, head, tail = chains[language]
    if not getattr(settings, "ELASTICSEARCH_LANGUAGE_ANALYSIS", True):
        # Servers without language analysis (osmem in tests) would drop every token.
        chars, head, tail = [], ["lowercase", "asciifolding"], []
        del filters["programme_synonyms"]
    return {
        "char_filter": char_filters,
        "filter": filters,
        "analyzer": {
            "content": {
                "type": "custom",
                "tokenizer": "standard",
                "char_filter": chars,
                "filter": head + tail,
            },
            "content_search": {
                "type": "custom",
                "tokenizer": "standard",
                "char_filter": chars,
                "filter": [
                    *head,
                    *(["programme_synonyms"] if "programme_synonyms" in filters else []),
                    *tail,
                ],
            },
            "prefix": {"type": "custom", "tokenizer": "standard", "char_filter": chars, "filter": head},
            # "Did you mean" offers the indexed words as written: lower-cased, never stemmed or
            # folded, so an Azerbaijani reader is offered "xidmət", not "xidmet".
            "words": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [name for name in head if name != "asciifolding"],
            },
        },
    }


def index_body(language):
    # Every searched text field is also copied into `words`, the vocabulary of "did you mean".
    text = {"type": "text", "analyzer": "content", "search_analyzer": "content_search", "copy_to": "words"}
    properties = {name: {"type": "keyword"} for name in KEYWORD_FIELDS}
    properties.update(
        title={**text, "fields": {"prefix": {"type": "search_as_you_type", "analyzer": "prefix"}}},
        summary=text,
        body=text,
        tags=text,
        words={"type": "text", "analyzer": "words"},
        url={"type": "keyword", "index": False},
        date={"type": "date"},
    )
    return {
        "settings": {"number_of_shards": 1, "analysis": analysis(language)},
        "mappings": {"dynamic": "strict", "properties": properties},
    }


def simple_query(parsed):
    """The parsed query in simple_query_string syntax, which never fails on odd input."""

    def phrase(clause):
        return '"' + " ".join(clause.words) + '"' if len(clause.words) > 1 else clause.words[0]

    parts = []
    for group in parsed.groups:
        parts.append(phrase(group[0]) if len(group) == 1 else "(" + " | ".join(map(phrase, group)) + ")")
    parts += ["-" + phrase(clause) for clause in parsed.excluded]
    return " ".join(parts)


def word_suggesters(words):
    """One `term` suggester per word of the query, with the edit limits of the database's "did you mean".

    Term suggesters rather than a `phrase` suggester: a phrase suggester scores whole phrases
    well only on a shingle field, which osmem does not answer faithfully, and per word the
    edit limit can follow the word's length as the database's does.
    """
    return {
        f"word_{number}": {
            "text": word,
            "term": {
                "field": "words",
                "suggest_mode": "missing",
                "max_edits": 1 if len(word) <= 4 else 2,
                "prefix_length": 1,
                "min_word_length": 3,
                "size": 5,
            },
        }
        for number, word in enumerate(words)
    }


def word_corrections(words, suggest):
    """word -> correction from the suggesters' answer; a word is kept if it only differs by folding."""
    corrections = {}
    for number, word in enumerate(words):
        fixed, changed = word, False
        # A word the analyser splits gives one entry per token; replace from the end so the
        # earlier offsets stay true.
        for entry in reversed(suggest.get(f"word_{number}", [])):
            token = entry["text"]
            options = [option["text"] for option in entry.get("options", [])]
            if any(fold(option) == fold(token) for option in options) or not options:
                continue
            start = entry["offset"]
            fixed = fixed[:start] + options[0] + fixed[start + entry["length"] :]
            changed = True
        if changed:
            corrections[word] = fixed
    return corrections


def entry_documents(entries):
    """Elasticsearch documents built from database index rows (the database is the source of truth)."""
    facets = {}
    for entry_id, facet, value in SearchFacet.objects.filter(entry__in=[e.pk for e in entries]).values_list(
        "entry_id", "facet", "value"
    ):
        facets.setdefault(entry_id, {}).setdefault(facet, []).append(value)
    for entry in entries:
        values = facets.get(entry.pk, {})
        yield {
            "_index": None,
            "_id": entry.key,
            "_source": {
                "key": entry.key,
                "source": entry.source,
                "kind": entry.kind,
                "language": entry.language,
                "translation_key": entry.translation_key,
                "title": entry.title,
                "summary": entry.summary,
                "body": entry.body,
                "tags": entry.tags,
                "url": entry.url,
                "date": entry.date.isoformat() if entry.date else None,
                "checksum": entry.checksum,
                **{
                    facet: values.get(facet, [])
                    for facet in ("country", "region", "pillar", "stage", "tag", "year")
                },
            },
        }


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url):
        self.url = url
        self.prefix = settings.ELASTICSEARCH_INDEX_PREFIX
        self.timeout = float(getattr(settings, "ELASTICSEARCH_TIMEOUT", 2.0))
        self.retry_after = float(getattr(settings, "ELASTICSEARCH_RETRY_AFTER", 30.0))
        self.down_until = 0.0
        options = {"request_timeout": self.timeout, "max_retries": 0, "retry_on_timeout": False}
        if getattr(settings, "ELASTICSEARCH_PLAIN_JSON", False):
            options["node_class"] = PlainJsonNode
        self.client = Elasticsearch(url, **options)

    def alias(self, language):
        return f"{self.prefix}-{language}"

    def languages(self):
        return [code for code, _name in settings.LANGUAGES]

    def call(self, function, *args, **kwargs):
        """Run one request; any failure marks the server down for a while and raises BackendUnavailable."""
        try:
            return function(*args, **kwargs)
        except (TransportError, ApiError, BulkIndexError) as error:
            self.down_until = time.monotonic() + self.retry_after
            raise BackendUnavailable(f"{type(error).__name__}: {error}") from error

    # Searching ------------------------------------------------------------------

    def filter_clauses(self, query, skip_facet=None):
        return [
            {"terms": {facet: values}}
            for facet, values in sorted(query.filters.items())
            if facet != skip_facet and facet in FACETS
        ]

    def search(self, query):
        if time.monotonic() < self.down_until:
            raise BackendUnavailable("Elasticsearch failed recently; retrying later")
        text = {
            "simple_query_string": {
                "query": simple_query(query.parsed),
                "fields": SEARCH_FIELDS,
                "default_operator": "and",
                "flags": "AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE",
            }
        }
        should = []
        if query.include_other_languages:
            should = [{"term": {"language": {"value": query.language, "boost": 2.0}}}]
        base = {
            "bool": {"must": [text], "should": should, "filter": [{"terms": {"language": query.languages}}]}
        }
        all_filters = self.filter_clauses(query)
        aggs = {
            "distinct": {
                "filter": {"bool": {"filter": all_filters}},
                "aggs": {"total": {"cardinality": {"field": "translation_key"}}},
            }
        }
        for facet in FACETS:
            if facet == "language" and not query.include_other_languages:
                continue
            aggs[f"facet_{facet}"] = {
                "filter": {"bool": {"filter": self.filter_clauses(query, skip_facet=facet)}},
                "aggs": {
                    "values": {
                        "terms": {"field": facet, "size": 100},
                        "aggs": {"distinct": {"cardinality": {"field": "translation_key"}}},
                    }
                },
            }
        sort = (
            ["_score", {"date": {"order": "desc", "missing": "_last"}}]
            if query.sort == "relevance"
            else [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        )
        body = {
            "query": base,
            "post_filter": {"bool": {"filter": all_filters}},
            "aggs": aggs,
            "sort": sort,
            "from": query.offset,
            "size": query.page_size,
            "track_total_hits": True,
            "highlight": {
                "pre_tags": [HIGHLIGHT_START],
                "post_tags": [HIGHLIGHT_END],
                "fields": {
                    "title": {"number_of_fragments": 0},
                    "summary": {"number_of_fragments": 0},
                    "body": {"fragment_size": 160, "number_of_fragments": 1},
                },
            },
            "_source": ["key", "kind", "language", "title", "summary", "url", "date", "translation_key"],
        }
        if query.include_other_languages:
            body["collapse"] = {"field": "translation_key"}
        words = [word for word in suggestion_words(query.parsed.words) if len(word) <= MAX_SUGGEST_WORD]
        if words:
            body["suggest"] = word_suggesters(words)
        search = Search.from_dict(body).using(self.client).index(",".join(map(self.alias, query.languages)))
        response = self.call(search.execute)
        hits = []
        for hit in response.hits:
            source = hit.to_dict()
            highlight = hit.meta.to_dict().get("highlight", {})
            title = (highlight.get("title") or [source["title"]])[0]
            snippet = (highlight.get("summary") or highlight.get("body") or [source.get("summary", "")])[0]
            date = source.get("date")
            hits.append(
                Hit(
                    key=source["key"],
                    kind=source["kind"],
                    language=source["language"],
                    title=marked(title),
                    snippet=marked(snippet),
                    url=source["url"],
                    date=timezone.datetime.fromisoformat(date).date() if date else None,
                    translation_key=source["translation_key"],
                )
            )
        aggregations = response.aggregations.to_dict()
        counts = {}
        for facet in FACETS:
            buckets = aggregations.get(f"facet_{facet}", {}).get("values", {}).get("buckets", [])
            values = {str(b["key"]): b["distinct"]["value"] for b in buckets if b["distinct"]["value"]}
            if values:
                counts[facet] = values
        total = aggregations["distinct"]["total"]["value"]
        suggest = response.to_dict().get("suggest", {})
        suggestion = corrected(query.text, word_corrections(words, suggest))
        return RawResults(hits=hits, total=total, facet_counts=counts, suggestion=suggestion)

    def autocomplete(self, text, language, limit):
        if time.monotonic() < self.down_until:
            raise BackendUnavailable("Elasticsearch failed recently; retrying later")
        response = self.call(
            self.client.search,
            index=self.alias(language),
            query={
                "multi_match": {
                    "query": text,
                    "type": "bool_prefix",
                    "operator": "and",
                    "fields": ["title.prefix", "title.prefix._2gram", "title.prefix._3gram"],
                }
            },
            source=["title", "url"],
            size=limit * 2,
        )
        seen, results = set(), []
        for hit in response["hits"]["hits"]:
            title = hit["_source"]["title"]
            if title not in seen:
                seen.add(title)
                results.append({"title": title, "url": hit["_source"]["url"]})
        return results[:limit]

    # Writing --------------------------------------------------------------------

    def ensure_indices(self):
        """Create a language's index behind its alias if none exists yet (first publish before a rebuild)."""
        for language in self.languages():
            alias = self.alias(language)
            if not self.call(self.client.indices.exists_alias, name=alias):
                name = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
                self.call(self.client.indices.create, index=name, **index_body(language))
                self.call(self.client.indices.put_alias, index=name, name=alias)

    def push_sources(self, sources):
        """Make Elasticsearch hold exactly the database index's documents of these sources."""
        self.ensure_indices()
        aliases = ",".join(self.alias(language) for language in self.languages())
        entries = list(SearchEntry.objects.filter(source__in=sources))
        wanted = {entry.key for entry in entries}
        existing = self.call(
            self.client.search,
            index=aliases,
            query={"terms": {"source": list(sources)}},
            source=["key"],
            size=10_000,
        )
        actions = [
            {"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]}
            for hit in existing["hits"]["hits"]
            if hit["_id"] not in wanted
        ]
        for action in entry_documents(entries):
            action["_index"] = self.alias(action["_source"]["language"])
            actions.append(action)
        if actions:
            self.call(bulk, self.client, actions, refresh=True, raise_on_error=True)

    def rebuild(self, progress):
        """New timestamped indices, bulk-loaded, then every alias swapped in one atomic request."""
        stamp = f"{timezone.now():%Y%m%d%H%M%S%f}"
        new = {language: f"{self.alias(language)}-{stamp}" for language in self.languages()}
        for language, name in new.items():
            self.call(self.client.indices.create, index=name, **index_body(language))
        try:
            batch = []
            for entry in SearchEntry.objects.order_by("pk").iterator(chunk_size=1000):
                batch.append(entry)
                if len(batch) == 1000:
                    self._load(batch, new, progress)
                    batch = []
            self._load(batch, new, progress)
            for name in new.values():
                self.call(self.client.indices.refresh, index=name)
        except BackendUnavailable:
            for name in new.values():
                with contextlib.suppress(TransportError, ApiError):
                    self.client.indices.delete(index=name)
            raise
        actions, old = [], []
        for language, name in new.items():
            alias = self.alias(language)
            try:
                current = list(self.client.indices.get_alias(name=alias).body)
            except ApiError:
                current = []
            if self.call(self.client.indices.exists, index=alias) and not current:
                # A concrete index squats the alias name (e.g. made by hand): replace it.
                actions.append({"remove_index": {"index": alias}})
            actions += [{"remove": {"index": index, "alias": alias}} for index in current]
            actions.append({"add": {"index": name, "alias": alias}})
            old += current
        self.call(self.client.indices.update_aliases, actions=actions)
        for index in old:
            self.call(self.client.indices.delete, index=index)

    def _load(self, entries, indices, progress):
        if not entries:
            return
        actions = list(entry_documents(entries))
        for action in actions:
            action["_index"] = indices[action["_source"]["language"]]
        # Bulk loads are big: they get a longer timeout than searches and publishes.
        client = self.client.options(request_timeout=120)
        self.call(bulk, client, actions, chunk_size=1000, raise_on_error=True)
        progress(len(entries))

    def checksums(self):
        """key -> checksum of every document, across the language aliases."""
        aliases = ",".join(self.alias(language) for language in self.languages())
        result, after = {}, None
        while True:
            kwargs = {"search_after": after} if after else {}
            response = self.call(
                self.client.search,
                index=aliases,
                query={"match_all": {}},
                source=["checksum"],
                sort=[{"key": "asc"}],
                size=1000,
                ignore_unavailable=True,
                **kwargs,
            )
            hits = response["hits"]["hits"]
            if not hits:
                return result
            for hit in hits:
                result[hit["_id"]] = hit["_source"].get("checksum", "")
            after = hits[-1]["sort"]
