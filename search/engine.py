"""The one search interface: views, the API and templates call `search()` and never see the backend."""

import contextlib
import functools
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.signals import setting_changed
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import registry
from .documents import FACETS
from .query import SearchQuery

logger = logging.getLogger(__name__)

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"

FACET_LABELS = {
    "kind": gettext_lazy("Kind"),
    "language": gettext_lazy("Language"),
    "country": gettext_lazy("Country"),
    "region": gettext_lazy("Region"),
    "pillar": gettext_lazy("Pillar"),
    "stage": gettext_lazy("Life-journey stage"),
    "year": gettext_lazy("Year"),
    "tag": gettext_lazy("Tag"),
}
MAX_FACET_OPTIONS = 20


class BackendUnavailable(Exception):
    """The backend did not answer in time or at all; the database answers instead."""


def marked(text):
    """Escape indexed text, then turn the backend's private highlight markers into <mark>."""
    html = escape(text or "")
    return mark_safe(html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))


@dataclass
class Hit:
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
class Facet:
    name: str
    options: list[FacetOption]

    @property
    def label(self):
        return FACET_LABELS[self.name]

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


@dataclass
class RawResults:
    """What a backend returns: hits with marked text, the distinct total and facet counts.

    `suggestion` is the backend's own "did you mean" ("" when it has no correction); None
    means the backend has no speller and the engine asks the database's vocabulary.
    """

    hits: list[Hit]
    total: int
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list[Hit]
    total: int
    facets: list[Facet]
    suggestion: str = ""
    notice: str = ""
    backend: str = ""

    @cached_property
    def pages(self):
        return max(1, -(-self.total // self.query.page_size))

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


_backend = None


def get_backend():
    """The implementation chosen once from settings: Elasticsearch if ELASTICSEARCH_URL is set."""
    global _backend
    if _backend is None:
        if settings.ELASTICSEARCH_URL:
            from .backends.elasticsearch import ElasticsearchBackend

            _backend = ElasticsearchBackend(settings.ELASTICSEARCH_URL)
        else:
            from .backends.database import DatabaseBackend

            _backend = DatabaseBackend()
    return _backend


def database_backend():
    from .backends.database import DatabaseBackend

    return DatabaseBackend()


def _reset_backend(setting, **kwargs):
    global _backend
    if setting.startswith("ELASTICSEARCH"):
        _backend = None


setting_changed.connect(_reset_backend)

UNAVAILABLE_NOTICE = gettext_lazy(
    "The full search service is not answering right now, so these results come from a simpler "
    "search: they may rank differently and miss word variants."
)


def search(query):
    """Run a query on the configured backend, falling back to the database if it fails."""
    backend = get_backend()
    notice = ""
    if not query.parsed:
        return SearchResults(query=query, hits=[], total=0, facets=[], backend=backend.name)
    try:
        raw = backend.search(query)
    except BackendUnavailable as error:
        logger.warning("search backend unavailable, answering from the database: %s", error)
        backend = database_backend()
        raw = backend.search(query)
        notice = str(UNAVAILABLE_NOTICE)
    facets = build_facets(raw.facet_counts, query)
    suggestion = ""
    if raw.total < 3:
        suggestion = raw.suggestion
        if suggestion is None:
            suggestion = suggest(query.text, query.parsed.words)
    return SearchResults(
        query=query,
        hits=raw.hits,
        total=raw.total,
        facets=facets,
        suggestion=suggestion,
        notice=notice,
        backend=backend.name,
    )


def autocomplete(text, language, limit=8):
    """Titles that start with what the reader typed, in their language."""
    text = text.strip()[:100]
    if len(text) < 2:
        return []
    backend = get_backend()
    try:
        return backend.autocomplete(text, language, limit)
    except BackendUnavailable:
        return database_backend().autocomplete(text, language, limit)


def build_facets(counts, query):
    from .models import FacetLabel

    language = query.language
    wanted = {
        facet: values
        for facet, values in counts.items()
        if facet in ("country", "region", "pillar", "stage", "tag")
    }
    # Selected values stay visible even when nothing matches them any more.
    for facet, values in query.filters.items():
        counts.setdefault(facet, {})
        for value in values:
            counts[facet].setdefault(value, 0)
    labels = {}
    values = {value for facet_values in wanted.values() for value in facet_values}
    if values:
        rows = FacetLabel.objects.filter(facet__in=list(wanted), value__in=values).values_list(
            "facet", "value", "language", "label"
        )
        for facet, value, label_language, label in rows:
            rank = 0 if label_language == language else (1 if label_language == settings.LANGUAGE_CODE else 2)
            current = labels.get((facet, value))
            if current is None or rank < current[0]:
                labels[(facet, value)] = (rank, label)
    facets = []
    for name in FACETS:
        if name == "language" and not query.include_other_languages:
            continue
        options = []
        for value, count in counts.get(name, {}).items():
            if name == "kind":
                label = str(registry.kind_label(value))
            elif name == "language":
                label = str(settings.LANGUAGE_NAMES.get(value, value))
            elif name == "year":
                label = value
            else:
                label = labels.get((name, value), (0, value))[1]
            options.append(FacetOption(value, label, count, value in query.filters.get(name, ())))
        if name == "year":
            options.sort(key=lambda o: o.value, reverse=True)
        else:
            options.sort(key=lambda o: (-o.count, o.label.lower()))
        options = options[:MAX_FACET_OPTIONS] + [o for o in options[MAX_FACET_OPTIONS:] if o.selected]
        if options:
            facets.append(Facet(name, options))
    return facets


# Azerbaijani ə and dotless ı are letters of their own, which Unicode does not decompose; ş,
# ç, ğ, ö, ü and the dotted capital İ decompose into a Latin letter and a combining mark.
OWN_LETTERS = str.maketrans({"ə": "e", "Ə": "e", "ı": "i"})
COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]"
)


def fold(text):
    """Text as the database index stores it and compares it: lower case, no accents, ə→e, ı→i.

    Dotted and dotless i meet as in Turkish lower-casing followed by folding: İ, I, ı and i
    all become i, so "BAKI", "Baki" and "Bakı" are one word.
    """
    if text.isascii():
        return text.lower()
    return COMBINING.sub("", unicodedata.normalize("NFKD", text)).translate(OWN_LETTERS).lower()


# The letters of the scripts our readers write in, grouped by what they fold to: a query term
# becomes a pattern that finds its spellings in the original text without folding all of it.
_SPELLING_RANGES = ((0x30, 0x7B), (0xC0, 0x2B0), (0x370, 0x530), (0x1E00, 0x1F00))


@functools.cache
def _spellings():
    spellings = {}
    for low, high in _SPELLING_RANGES:
        for code in range(low, high):
            letter = chr(code)
            folded = fold(letter)
            if len(folded) == 1 and folded.isalnum():
                spellings.setdefault(folded, set()).add(letter)
    return spellings


def _spelling_pattern(term):
    spellings = _spellings()
    return "".join(
        "[" + "".join(re.escape(c) for c in sorted(spellings.get(letter, {letter}))) + "]" for letter in term
    )


class Highlighter:
    """Marks the words of the original text whose folded form is a query term or starts with a prefix.

    The database indexes folded text, so its own highlighting would show "xidmet" where the
    page says "xidmət": the marks are put on the text as written instead.
    """

    def __init__(self, terms, prefixes=()):
        self.terms = {fold(term) for term in terms} - {""}
        self.prefixes = tuple({fold(prefix) for prefix in prefixes} - {""})
        candidates = sorted(self.terms | set(self.prefixes), key=len, reverse=True)
        # A word starting with a spelling of a term; fold() decides whether it is one.
        self.pattern = (
            re.compile("(?:" + "|".join(_spelling_pattern(term) for term in candidates) + r")[^\W_]*")
            if candidates
            else None
        )

    def matches(self, text):
        """(start, end) of every matching word."""
        if self.pattern is None or not text:
            return
        for match in self.pattern.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            word = fold(match.group())
            if word in self.terms or word.startswith(self.prefixes):
                yield start, match.end()

    def mark(self, text):
        """The text with every matching word between the private highlight markers."""
        parts, last = [], 0
        for start, end in self.matches(text):
            parts += [text[last:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
            last = end
        parts.append(text[last:])
        return "".join(parts)

    def snippet(self, summary, body, words=24):
        """The summary if a term is in it, else about `words` words of the body around the first match."""
        if summary and next(self.matches(summary), None):
            return self.mark(summary)
        first = next(self.matches(body), None)
        if first is None:
            return self.mark(summary) if summary else self.mark(excerpt(body, 0, words))
        return self.mark(excerpt(body, first[0], words))


def excerpt(text, position, words=24, before=6):
    """About `words` words of the text, starting a few words before `position`, with … where cut."""
    window = max(0, position - 40 * before)
    starts = [match.start() + window for match in re.finditer(r"\S+", text[window:position])]
    if window and starts and starts[0] == window:
        starts = starts[1:]  # a word cut in half by the window
    begin = starts[-before] if len(starts) >= before else (starts[0] if starts else position)
    if not window and len(starts) < before:
        begin = 0
    end = begin
    for number, match in enumerate(re.finditer(r"\S+", text[begin : begin + 40 * words])):
        if number == words:
            break
        end = begin + match.end()
    rest = text[end:].strip()
    return ("…" if text[:begin].strip() else "") + text[begin:end] + ("…" if rest else "")


def edit_distance(a, b, limit):
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def suggestion_words(words):
    """The query's distinct words worth correcting: short words and numbers are left alone."""
    return [word for word in dict.fromkeys(words) if len(word) >= 3 and not word.isdigit()]


def corrected(text, replacements):
    """The reader's text with each replaced word swapped, or "" when nothing is replaced."""
    if not replacements:
        return ""
    suggestion = text
    for word, replacement in replacements.items():
        # A function, so a backslash in the replacement is never read as a group reference.
        suggestion = re.sub(
            rf"(?<!\w){re.escape(word)}(?!\w)",
            lambda _match, new=replacement: new,
            suggestion,
            flags=re.IGNORECASE,
        )
    return suggestion


def suggest(text, words):
    """ "Did you mean" from the database's vocabulary: each unknown word becomes the closest frequent one."""
    from .backends.database import spelling, vocabulary

    replacements = {}
    for word in suggestion_words(words):
        candidates = vocabulary(fold(word)[0])
        folded = fold(word)
        if any(fold(term) == folded for term, _count in candidates):
            continue
        limit = 1 if len(word) <= 4 else 2
        best = None
        for term, count in candidates:
            distance = edit_distance(folded, fold(term), limit)
            if distance <= limit and (best is None or (distance, -count) < best[:2]):
                best = (distance, -count, term)
        if best:
            replacements[word] = best[2]
    # The vocabulary is folded: offer the word as the pages write it, "xidmət" rather than "xidmet".
    return corrected(text, {word: spelling(term) for word, term in replacements.items()})


class CatchUpThrottle:
    """Applies pending index changes at most once a minute per process, after a successful search."""

    interval = 60

    def __init__(self):
        self.last = 0.0

    def maybe_run(self, backend):
        now = time.monotonic()
        if now - self.last < self.interval:
            return
        self.last = now
        from .indexing import catch_up

        with contextlib.suppress(BackendUnavailable):
            catch_up(backend)


catch_up_throttle = CatchUpThrottle()


def unavailable_message():
    return _("Search is not available right now.")
