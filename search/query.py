"""What a reader asked for: the parsed, validated query shared by the page, the API and both backends.

This parser is the only one: the backends receive its clauses and words, never the
reader's text, so no input is syntax to SQLite FTS5, PostgreSQL or Elasticsearch, and the
same text means the same on each. The syntax: words (all must match), "a phrase", `OR`
or `|` between two alternatives, `-word` or `NOT word` to exclude; `AND`, `&&` and `+`
are allowed and change nothing. Operator words count only in capitals ("or" is a word).
Every other sign only separates words.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from . import facets
from .text import lower, words

MAX_QUERY_LENGTH = 500
MAX_TERMS = 32
MAX_PAGE = 1000
# The deepest result a reader can page to (Elasticsearch's default max_result_window), on
# every backend, so a page that one backend cannot serve is refused the same way by all.
MAX_RESULTS = 10_000
MAX_FILTER_VALUES = 20
PAGE_SIZE = 10
SORTS = ("relevance", "date")

TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class QueryError(ValueError):
    """Input we refuse with a 400 and this message."""


@dataclass(frozen=True)
class Clause:
    """A word or a quoted phrase (several words that must follow each other)."""

    words: tuple[str, ...]
    negated: bool = False


@dataclass
class ParsedText:
    """The reader's text as clauses: all must match, each may be a group of OR'ed alternatives."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)

    @property
    def words(self):
        return [word for group in self.groups for clause in group for word in clause.words]

    def __bool__(self):
        return bool(self.groups)


def parse_text(text):
    """Parse words, "phrases", OR and -exclusions (or NOT); other syntax only separates words."""
    parsed = ParsedText()
    join_next = negate_next = False
    count = 0
    for match in TOKEN.finditer(text):
        minus, phrase, bare = match.groups()
        if bare is not None:
            if bare in ("OR", "|"):
                join_next = bool(parsed.groups)
                continue
            if bare in ("AND", "&&", "+"):
                continue
            if bare == "NOT":
                negate_next = True
                continue
            minus = "-" if bare.startswith("-") else ""
            found = words(bare)
        else:
            found = words(phrase)
        if not found:
            continue
        count += len(found)
        if count > MAX_TERMS:
            raise QueryError(_("Use at most %(count)d words.") % {"count": MAX_TERMS})
        # Words joined by punctuation ("e-KTP", "covid-19") stay together, like a phrase.
        clause = Clause(words=tuple(lower(word) for word in found), negated=bool(minus) or negate_next)
        negate_next = False
        if clause.negated:
            parsed.excluded.append(clause)
        elif join_next:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        join_next = False
    return parsed


@dataclass
class SearchQuery:
    """A validated search request."""

    text: str
    language: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    page: int = 1
    sort: str = "relevance"
    include_other_languages: bool = False
    page_size: int = PAGE_SIZE
    # A listing (the practices section) browses: without words it answers every document
    # its filters select. The search page does not: without words it answers nothing.
    browse: bool = False

    def __post_init__(self):
        self.parsed = parse_text(self.text)

    @property
    def languages(self):
        if self.include_other_languages:
            return [code for code, _name in settings.LANGUAGES]
        return [self.language]

    @property
    def offset(self):
        return (self.page - 1) * self.page_size


def _int(value, name, low, high):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QueryError(_("%(name)s must be a whole number.") % {"name": name}) from None
    if not low <= number <= high:
        raise QueryError(
            _("%(name)s must be between %(low)d and %(high)d.") % {"name": name, "low": low, "high": high}
        )
    return number


def from_params(params, language, *, browse=False):
    """Build a SearchQuery from GET parameters; raises QueryError with a message for the reader.

    `browse=True` makes a listing: with no words, every document the filters select.
    """
    text = params.get("q", "")
    if "\x00" in text:
        raise QueryError(_("The search text contains a character that cannot be searched."))
    text = text.strip()
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            _("The search text is too long: use at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
        )
    if language not in dict(settings.LANGUAGES):
        raise QueryError(
            _("Unknown language: choose one of %(codes)s.")
            % {"codes": ", ".join(code for code, _name in settings.LANGUAGES)}
        )
    page = _int(params.get("page") or 1, "page", 1, MAX_PAGE)
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise QueryError(_("Sort by relevance or date."))
    size = _int(params.get("size") or PAGE_SIZE, "size", 1, 50)
    if page * size > MAX_RESULTS:
        raise QueryError(
            _("Results go no further than number %(count)s: choose an earlier page.") % {"count": MAX_RESULTS}
        )
    filters = {}
    for facet in facets.names():
        values = [value.strip() for value in params.getlist(facet) if value.strip()]
        if len(values) > MAX_FILTER_VALUES:
            raise QueryError(_("Choose at most %(count)d values per filter.") % {"count": MAX_FILTER_VALUES})
        if any(len(value) > 100 or "\x00" in value for value in values):
            raise QueryError(_("A filter value is too long."))
        if values:
            filters[facet] = sorted(set(values))
    include = params.get("all_languages", "") in ("1", "true", "on", "yes")
    return SearchQuery(
        text=text,
        language=language,
        filters=filters,
        page=page,
        sort=sort,
        include_other_languages=include,
        page_size=size,
        browse=browse,
    )
