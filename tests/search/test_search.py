"""The shared search suite: the same tests on the database index and on Elasticsearch (osmem)."""

import pytest

from django.db import connection
from django.http import QueryDict

from wagtail.models import Page, PageViewRestriction

from search import engine
from search.indexing import catch_up, check, rebuild
from search.models import PendingChange, SearchEntry
from search.query import QueryError, SearchQuery, from_params

from .conftest import configure_elasticsearch, needs_cluster


def run(text, language="id", **options):
    return engine.search(SearchQuery(text=text, language=language, **options))


def titles(results):
    return [hit.title.replace("<mark>", "").replace("</mark>", "") for hit in results.hits]


def test_search_ranks_title_match_first(search_backend, programme_pages, indexed):
    results = run("simposium")

    assert titles(results) == ["Simposium kerja sama"]
    assert results.hits[0].kind == "programme"


def test_search_highlights_terms_in_title_and_snippet(search_backend, programme_pages, indexed):
    results = run("rencana aksi")

    assert str(results.hits[0].title) == "<mark>Rencana</mark> <mark>aksi</mark> percepatan"
    assert "<mark>aksi</mark>" in str(results.hits[0].snippet)


def test_search_facets_count_and_combine(search_backend, programme_pages, indexed):
    unfiltered = run("pelayanan publik", filters={"kind": ["programme"]})
    filtered = run("pelayanan publik", filters={"country": ["az"], "kind": ["programme"]})

    countries = {o.value: o.count for f in unfiltered.facets if f.name == "country" for o in f.options}
    assert unfiltered.total == 2
    assert countries == {"id": 2, "az": 1}
    assert titles(filtered) == ["Nota kesepahaman pelayanan publik"]
    labels = {o.value: o.label for f in filtered.facets if f.name == "country" for o in f.options}
    assert labels == {"id": "Indonesia", "az": "Azerbaijan"}


def test_search_unknown_facet_value_gives_no_results(search_backend, programme_pages, indexed):
    results = run("pelayanan", filters={"country": ["zz"]})

    assert results.total == 0


def test_search_sort_by_date_puts_newest_first(search_backend, programme_pages, indexed):
    results = run("kerja sama", sort="date", filters={"kind": ["programme"]})

    assert titles(results) == ["Simposium kerja sama", "Nota kesepahaman pelayanan publik"]


def test_search_paginates(search_backend, programme_pages, indexed):
    programmes = {"kind": ["programme"]}
    first = run("pelayanan OR simposium OR rencana", sort="date", page_size=2, filters=programmes)
    second = run("pelayanan OR simposium OR rencana", sort="date", page_size=2, page=2, filters=programmes)

    assert (first.total, first.pages, len(first.hits)) == (3, 2, 2)
    assert titles(second) == ["Nota kesepahaman pelayanan publik"]


def test_autocomplete_suggests_titles_by_prefix(search_backend, programme_pages, indexed):
    suggestions = engine.autocomplete("renc", "id")

    assert suggestions == [{"title": "Rencana aksi percepatan", "url": programme_pages[1].url}]


def test_search_suggests_correction_for_misspelling(search_backend, programme_pages, indexed):
    results = run("pelayann publik")

    assert results.total == 0
    assert results.suggestion == "pelayanan publik"


@pytest.mark.elasticsearch
def test_search_suggestion_comes_from_elasticsearch(
    settings, osmem_clone, programme_pages, django_assert_num_queries, db
):
    configure_elasticsearch(settings, osmem_clone.url)
    rebuild(progress_enabled=False)
    backend = engine.get_backend()
    # Written to Elasticsearch only: the database's vocabulary never sees this word.
    backend.client.index(
        index=backend.alias("id"),
        id="probe",
        document={"key": "probe", "language": "id", "title": "Pelabuhan penyeberangan Ketapang"},
        refresh=True,
    )

    with django_assert_num_queries(0):
        results = run("penyebrangan")

    assert (results.backend, results.total, results.suggestion) == ("elasticsearch", 0, "penyeberangan")
    assert engine.suggest("penyebrangan", ["penyebrangan"]) == ""


def test_search_suggestion_comes_from_database_when_elasticsearch_is_down(
    settings, refused_url, programme_pages, db
):
    settings.ELASTICSEARCH_URL = ""
    rebuild(progress_enabled=False)
    configure_elasticsearch(settings, refused_url)

    results = run("pelayann publik")

    assert (results.backend, results.notice) == ("database", str(engine.UNAVAILABLE_NOTICE))
    assert results.suggestion == "pelayanan publik"


def test_search_other_languages_shows_each_translation_once(
    search_backend, programme_pages, locales, publish, indexed, django_capture_on_commit_callbacks
):
    original = programme_pages[2]
    translation = original.copy_for_translation(locales["en"])
    translation.title = "Symposium on the cooperation"
    translation.summary = "Simposium symposium opened by the Minister."
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_revision().publish()

    english_only = run("simposium", language="en")
    everywhere = run("simposium", language="en", include_other_languages=True)

    assert titles(english_only) == ["Symposium on the cooperation"]
    assert titles(everywhere) == ["Symposium on the cooperation"]
    assert everywhere.total == 1


def test_search_never_returns_drafts_or_private_pages(
    search_backend, add_page, indexed, django_capture_on_commit_callbacks
):
    add_page("Rahasia draf mal", live=False)
    private = add_page("Rahasia terbatas mal")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = add_page("Rahasia umum mal")

    results = run("rahasia")

    assert titles(results) == [public.title]


def test_unpublish_removes_page_from_results(
    search_backend, programme_pages, indexed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        programme_pages[2].unpublish()

    assert run("simposium").total == 0


def test_delete_removes_page_from_results(
    search_backend, programme_pages, indexed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=programme_pages[2].pk).delete()

    assert run("simposium").total == 0
    assert check()["database"] == {"missing": [], "stale": [], "extra": []}


def test_snippet_save_updates_index(search_backend, countries, indexed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        countries["az"].name = "Azerbaijan Respublikası"
        countries["az"].save()

    assert titles(run("respublikası")) == ["Azerbaijan Respublikası"]


HOSTILE = [
    '"unbalanced',
    "(brackets] {x}",
    "AND OR NOT",
    "*?~^:\\",
    "x" * 10_000,
    "🙂🚀 pelayanan",
    "مرحبا بالعالم",
    "'; DROP TABLE search_searchentry; --",
    "pelayanan\x00",
    "title:pelayanan^5 body:~2",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_search_page_hostile_input_never_fails(search_backend, programme_pages, indexed, client, text):
    response = client.get("/id/search/", {"q": text})

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.context["error"]


@pytest.mark.parametrize("text", HOSTILE)
def test_search_api_hostile_input_never_fails(search_backend, programme_pages, indexed, client, text):
    response = client.get("/api/search/", {"q": text, "lang": "id"})

    assert response.status_code in (200, 400)
    assert response.json().get("error") or response.json()["total"] >= 0


@pytest.mark.parametrize(
    "params",
    [{"page": "1000000000"}, {"page": "x"}, {"sort": "random"}, {"lang": "fr"}, {"size": "0"}],
)
def test_search_api_bad_parameters_give_400(search_backend, indexed, client, params):
    response = client.get("/api/search/", {"q": "pelayanan", "lang": "id", **params})

    assert response.status_code == 400
    assert response.json()["error"]


def test_search_api_returns_results_as_json(search_backend, programme_pages, indexed, client):
    response = client.get("/api/search/", {"q": "simposium", "lang": "id", "kind": "programme"})

    data = response.json()
    assert response.status_code == 200
    assert (data["total"], data["results"][0]["url"], data["results"][0]["kind"]) == (
        1,
        programme_pages[2].url,
        "programme",
    )


def test_search_page_shows_results_facets_and_count(search_backend, programme_pages, indexed, client):
    response = client.get("/id/search/", {"q": "pelayanan publik", "kind": "programme"})

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["results"].total == 2
    assert '<input type="checkbox" id="facet-country-1" name="country" value="id">' in html
    assert "<mark>pelayanan</mark>" in html


@pytest.mark.parametrize(("count", "queries"), [(1, 4), (3, 3)])
def test_search_page_query_count_is_constant(
    count, queries, settings, add_page, django_assert_num_queries, client, db
):
    settings.ELASTICSEARCH_URL = ""
    for number in range(count):
        add_page(f"Halaman layanan keliling {number}")
    client.get("/id/search/", {"q": "keliling"})
    # Matches, hits, facets and labels (site, locale, navigation and settings of base.html
    # come from cms.cache); with fewer than three results one more query reads the
    # vocabulary for "did you mean" (PostgreSQL caches it after the first request).
    if connection.vendor == "postgresql":
        queries = 3
    with django_assert_num_queries(queries):
        response = client.get("/id/search/", {"q": "keliling"})

    assert response.context["results"].total == count


def test_from_params_rejects_long_text():
    with pytest.raises(QueryError):
        from_params(QueryDict("q=" + "a" * 501), "id")


# Outage: Elasticsearch refuses or never answers -------------------------------------


@pytest.mark.elasticsearch
@pytest.mark.parametrize("down", ["refused_url", "silent_url"])
def test_outage_answers_from_database_and_catches_up(
    down, request, settings, osmem_clone, programme_pages, add_page, client
):
    configure_elasticsearch(settings, request.getfixturevalue(down))
    settings.ELASTICSEARCH_TIMEOUT = 0.3

    published = add_page("Bus layanan keliling")
    response = client.get("/id/search/", {"q": "keliling"})

    assert response.status_code == 200
    assert response.context["results"].notice == str(engine.UNAVAILABLE_NOTICE)
    assert titles(response.context["results"]) == [published.title]
    assert list(PendingChange.objects.values_list("source", flat=True)) == [
        f"wagtailcore.page:{published.pk}"
    ]

    configure_elasticsearch(settings, osmem_clone.url)
    applied = catch_up()
    results = run("keliling")

    assert applied == 1
    assert (results.backend, results.notice, titles(results)) == ("elasticsearch", "", [published.title])
    assert PendingChange.objects.count() == 0


def test_rebuild_command_fills_database_index(search_backend, programme_pages, db):
    from django.core.management import call_command

    SearchEntry.objects.all().delete()
    call_command("search_index", "rebuild", "--quiet")

    assert SearchEntry.objects.filter(kind="programme").count() == 3
    assert check()["database"] == {"missing": [], "stale": [], "extra": []}


# Language analysis: needs a real Elasticsearch cluster ----------------------------


@pytest.mark.analysis
@needs_cluster
def test_analysis_folds_azerbaijani_letters(real_cluster, add_page, home_pages):
    from search.indexing import rebuild

    page = add_page("Bakı xidmət mərkəzi", language="az")
    rebuild(progress_enabled=False)

    assert titles(run("baki xidmet", language="az")) == [page.title]


@pytest.mark.analysis
@needs_cluster
def test_analysis_expands_programme_synonyms(real_cluster, add_page):
    from search.indexing import rebuild

    page = add_page("Mal pelayanan publik Banyuwangi")
    rebuild(progress_enabled=False)

    assert titles(run("MPP")) == [page.title]


@pytest.mark.analysis
@needs_cluster
def test_analysis_stems_indonesian(real_cluster, add_page):
    from search.indexing import rebuild

    page = add_page("Pelayanan terpadu satu pintu")
    rebuild(progress_enabled=False)

    assert titles(run("melayani")) == [page.title]


@pytest.mark.analysis
@needs_cluster
def test_analysis_stems_english(real_cluster, add_page):
    from search.indexing import rebuild

    page = add_page("Mobile service buses", language="en")
    rebuild(progress_enabled=False)

    assert titles(run("mobile services", language="en")) == [page.title]
