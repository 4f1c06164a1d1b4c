"""Elasticsearch, the optional mirror of the database index: one index per language behind an alias.

Language analysis and synonyms from a file. It copies the database index's rows (never the
content itself) and answers searches when it is up to date. Failures are sorted:

- refused connections and timeouts are an outage: `BackendUnavailable`, and for
  `ELASTICSEARCH_RETRY_AFTER` seconds no request is sent (searches and writes alike);
- a request Elasticsearch rejects as invalid (400) is `SearchRejected`, that reader's 400;
- any other error answer (a missing index, a 5xx) is `BackendUnavailable` for this request only.
"""

import contextlib
import time
from pathlib import Path

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch.helpers import BulkIndexError, bulk

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from ..facets import facets as declared_facets
from ..models import SearchEntry, SearchFacet
from ..results import BackendUnavailable, Hit, RawResults, SearchRejected
from ..text import HIGHLIGHT_END, HIGHLIGHT_START, corrected, fold, marked, suggestion_words
from .transport import PlainJsonNode

SYNONYMS_DIR = Path(__file__).resolve().parent.parent / "synonyms"
# Keyword fields besides the facets (each declared facet is a keyword field of its name).
OWN_KEYWORD_FIELDS = ("key", "source", "translation_key", "checksum")
# Facets whose values are columns of the database index rather than facet rows.
COLUMN_FACETS = ("kind", "language")
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
    keywords = [*OWN_KEYWORD_FIELDS, *(facet.name for facet in declared_facets())]
    properties = {name: {"type": "keyword"} for name in keywords}
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


def text_query(parsed):
    """The parsed query as a bool query: no text is handed to a query parser of Elasticsearch's own.

    Every group must match (one of its clauses), no excluded clause may; a clause is its
    words as a phrase over the searched fields (a single word is a one-word phrase). A
    clause the analyser empties (a stop word) matches everything, as the word was never there.
    """

    def clause_query(clause):
        return {
            "multi_match": {
                "query": " ".join(clause.words),
                "fields": SEARCH_FIELDS,
                "type": "phrase",
                "zero_terms_query": "all",
            }
        }

    return {
        "bool": {
            "must": [
                {"bool": {"should": [clause_query(c) for c in group], "minimum_should_match": 1}}
                for group in parsed.groups
            ],
            "must_not": [clause_query(clause) for clause in parsed.excluded],
        }
    }


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
                    facet.name: values.get(facet.name, [])
                    for facet in declared_facets()
                    if facet.name not in COLUMN_FACETS
                },
            },
        }


class ElasticsearchMirror:
    """The `search.mirror.Mirror` on Elasticsearch (or a compatible server such as osmem)."""

    name = "elasticsearch"

    def __init__(self, url):
        self.url = url
        self.prefix = settings.ELASTICSEARCH_INDEX_PREFIX
        self.timeout = float(getattr(settings, "ELASTICSEARCH_TIMEOUT", 2.0))
        self.retry_after = float(getattr(settings, "ELASTICSEARCH_RETRY_AFTER", 30.0))
        self.down_until = 0.0
        # Whether the last request of this process succeeded.
        self.healthy = True
        options = {"request_timeout": self.timeout, "max_retries": 0, "retry_on_timeout": False}
        if getattr(settings, "ELASTICSEARCH_PLAIN_JSON", False):
            options["node_class"] = PlainJsonNode
        self.client = Elasticsearch(url, **options)

    def alias(self, language):
        return f"{self.prefix}-{language}"

    def languages(self):
        return [code for code, _name in settings.LANGUAGES]

    def available(self):
        """False for ELASTICSEARCH_RETRY_AFTER seconds after a refused connection or a timeout."""
        return time.monotonic() >= self.down_until

    def call(self, function, *args, **kwargs):
        """Run one request, sorting its failures (see the module docstring); `healthy` tells how it went."""
        if not self.available():
            raise BackendUnavailable("Elasticsearch failed recently; retrying later")
        try:
            result = function(*args, **kwargs)
        except (TransportConnectionError, ConnectionTimeout) as error:
            # Only the server's silence is an outage: every reader goes to the database for a while.
            self.down_until = time.monotonic() + self.retry_after
            self.healthy = False
            raise BackendUnavailable(f"{type(error).__name__}: {error}") from error
        except ApiError as error:
            if error.meta.status == 400:
                raise SearchRejected(
                    _("The search service cannot answer this request: change the words or filters.")
                ) from error
            self.healthy = False
            raise BackendUnavailable(f"{type(error).__name__}: {error}") from error
        except (TransportError, BulkIndexError) as error:
            self.healthy = False
            raise BackendUnavailable(f"{type(error).__name__}: {error}") from error
        self.healthy = True
        return result

    def ping(self, timeout):
        """Whether the server answers within `timeout` seconds; never raises."""
        try:
            return bool(self.client.options(request_timeout=timeout).ping())
        except (TransportError, ApiError):
            return False

    # Searching ------------------------------------------------------------------

    def filter_clauses(self, query, skip_facet=None):
        known = {facet.name for facet in declared_facets()}
        return [
            {"terms": {facet: values}}
            for facet, values in sorted(query.filters.items())
            if facet != skip_facet and facet in known
        ]

    def search(self, query):
        text = text_query(query.parsed)
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
        for facet in declared_facets():
            if facet.only_with_other_languages and not query.include_other_languages:
                continue
            aggs[f"facet_{facet.name}"] = {
                "filter": {"bool": {"filter": self.filter_clauses(query, skip_facet=facet.name)}},
                "aggs": {
                    "values": {
                        "terms": {"field": facet.name, "size": 100},
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
        response = self.call(
            self.client.search, index=",".join(map(self.alias, query.languages)), body=body
        ).body
        hits = []
        for hit in response["hits"]["hits"]:
            source = hit["_source"]
            highlight = hit.get("highlight", {})
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
        aggregations = response.get("aggregations", {})
        counts = {}
        for facet in declared_facets():
            buckets = aggregations.get(f"facet_{facet.name}", {}).get("values", {}).get("buckets", [])
            values = {str(b["key"]): b["distinct"]["value"] for b in buckets if b["distinct"]["value"]}
            if values:
                counts[facet.name] = values
        total = aggregations["distinct"]["total"]["value"]
        suggestion = ""
        if total < 3:
            suggestion = corrected(query.text, word_corrections(words, response.get("suggest", {})))
        return RawResults(hits=hits, total=total, facet_counts=counts, suggestion=suggestion)

    def autocomplete(self, text, language, limit):
        """Titles starting with the text: [{"key", "title", "url"}], at most `limit`."""
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
            source=["key", "title", "url"],
            size=limit * 2,
        )
        seen, results = set(), []
        for hit in response["hits"]["hits"]:
            title = hit["_source"]["title"]
            if title not in seen:
                seen.add(title)
                results.append({"key": hit["_source"]["key"], "title": title, "url": hit["_source"]["url"]})
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

    def push(self, sources):
        """Make Elasticsearch hold exactly the database index's documents of these sources, in one bulk."""
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
