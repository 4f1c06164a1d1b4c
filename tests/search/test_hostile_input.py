"""Generated hostile input: the page, the API and autocomplete answer 200 or 400 with a message, never 5xx.

Hypothesis sends 1,000 generated requests per backend (the database on SQLite or
PostgreSQL, whichever DATABASE_URL names, and osmem): any Unicode with combining marks,
right-to-left text, NUL and lone surrogates in escaped form, operators in any case,
unbalanced quotes, very long words, and every facet and sort parameter with junk,
repeated and empty. The number of requests tried is printed per backend.
"""

import json
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import connection

from search import facets

EXAMPLES = 1000
PATHS = ["/id/search/", "/az/search/", "/api/search/", "/id/search/autocomplete/", "/en/search/autocomplete/"]
OPERATORS = ["OR", "or", "Or", "oR", "AND", "and", "NOT", "not", "Not", "|", "||", "&&", "&", "+", "-", "!"]
SIGNS = ['"', "'", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\", "/", "<", ">", "=", "%", "#"]
# Raw escapes a URL may carry and a str cannot: NUL, lone surrogates in UTF-8 and in %u form, bad UTF-8.
ESCAPES = ["%00", "%ED%A0%80", "%ED%BF%BF", "%uD800", "%C0%AF", "%FF", "%E2%80", "%F0%9F"]
WORDS = ["baku", "pelayanan", "MPP", "İndonezya", "xidmət", "ﾞﾞﾞ", "e\u0301", "\u200f", "مرحبا", "עברית"]
PARAMETERS = [*facets.names(), "sort", "page", "size", "lang", "all_languages", "q"]
JUNK = ["", " ", "0", "-1", "1e9", "99999999999999999999", "relevance", "date", "id", "az", "xx", "1", "true"]


def escaped(text):
    return quote(text, safe="", errors="surrogatepass") if text else ""


words = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(OPERATORS),
    st.sampled_from(SIGNS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(categories=["Mn", "Me", "Lm", "Cf", "Zs"]), min_size=1, max_size=6),
    st.text(alphabet="aıəİIiş", min_size=60, max_size=600),
)
query_text = st.lists(words, max_size=12).map(" ".join).map(escaped)
raw_query_text = st.lists(st.one_of(query_text, st.sampled_from(ESCAPES)), min_size=1, max_size=4).map(
    "".join
)
values = st.one_of(st.sampled_from(JUNK), st.text(max_size=30).map(escaped), st.sampled_from(ESCAPES))
pairs = st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=8)


def check_answer(path, response):
    assert response.status_code in (200, 400), (path, response.status_code)
    if response["Content-Type"].startswith("application/json"):
        data = json.loads(response.content)
        if response.status_code == 400:
            assert data["error"]
        elif path.startswith("/api/"):
            assert data["total"] >= 0
    elif response.status_code == 400:
        assert 'class="search-page__error"' in response.content.decode()


def test_generated_hostile_requests_never_fail(search_backend, programme_pages, indexed, client, capsys):
    tried = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(path=st.sampled_from(PATHS), text=st.one_of(query_text, raw_query_text), extra=pairs)
    def request(path, text, extra):
        query_string = "&".join([f"q={text}", *(f"{name}={value}" for name, value in extra)])
        if path == "/api/search/" and "lang=" not in query_string:
            query_string += "&lang=id"
        response = client.get(f"{path}?{query_string}")
        tried.append(path)
        check_answer(path, response)

    request()
    with capsys.disabled():
        print(f"\nhostile input: {len(tried)} requests on {search_backend} ({connection.vendor})")
    assert len(tried) >= EXAMPLES
