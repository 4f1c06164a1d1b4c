"""Azerbaijani letters typed without their marks: "xidmet" finds "xidmət", "Baki" finds "Bakı"."""

import importlib
from types import SimpleNamespace

import pytest

from django.db import connection

from search import engine
from search.indexing import rebuild
from search.query import SearchQuery
from search.text import HIGHLIGHT_END, HIGHLIGHT_START, Highlighter, fold

from .test_search import titles

migration = importlib.import_module("search.migrations.0005_folded_full_text")


def run(text, language="az", **options):
    return engine.search(SearchQuery(text=text, language=language, **options))


def shown(text):
    return text.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>")


def publish_pages(add_page):
    pages = {
        "asan": add_page(
            "ASAN xidmət mərkəzi",
            language="az",
            summary="Vətəndaşlar dövlət xidmətlərini bir binada alırlar.",
        ),
        "baku": add_page(
            "Bakı şəhərində səyyar mərkəz", language="az", summary="Avtobuslar rayonlara gedir."
        ),
        "governance": add_page("İdarəetmədə innovasiyalar", language="az", summary="Agentliyin təcrübəsi."),
        "visit": add_page(
            "Kunjungan ke ASAN Xidmət",
            language="id",
            summary="Delegasi Indonesia mempelajari pelayanan terpadu.",
        ),
    }
    rebuild(progress_enabled=False)
    return pages


@pytest.fixture
def azerbaijani_pages(folding_backend, add_page):
    """The pages on the database and, with a real cluster, on Elasticsearch."""
    return publish_pages(add_page)


@pytest.fixture
def database_pages(settings, add_page):
    """The pages on the database only: its own snippets and corrections."""
    settings.ELASTICSEARCH_URL = ""
    return publish_pages(add_page)


def test_fold_gives_azerbaijani_letters_their_latin_base():
    assert fold("ƏLİYEV Bakı İçərişəhər ŞÇĞÖÜ şçğöü") == "eliyev baki iceriseher scgou scgou"


def test_highlighter_marks_original_words_of_terms_and_prefixes():
    marker = Highlighter(["xidmet"], prefixes=["bak"])

    marked = marker.mark("ASAN Xidmət Bakıda; xidmətlər, Abakan")

    assert shown(marked) == "ASAN <mark>Xidmət</mark> <mark>Bakıda</mark>; xidmətlər, Abakan"


def test_search_finds_word_typed_without_azerbaijani_letters(azerbaijani_pages):
    results = run("xidmet")

    assert titles(results) == ["ASAN xidmət mərkəzi"]
    assert str(results.hits[0].title) == "ASAN <mark>xidmət</mark> mərkəzi"


@pytest.mark.parametrize("text", ["Baki", "BAKI", "bakı"])
def test_search_finds_dotless_i_however_typed(azerbaijani_pages, text):
    results = run(text)

    assert titles(results) == ["Bakı şəhərində səyyar mərkəz"]
    assert str(results.hits[0].title) == "<mark>Bakı</mark> şəhərində səyyar mərkəz"


@pytest.mark.parametrize("text", ["idareetmede", "IDAREETMEDE", "İdarəetmədə"])
def test_search_finds_dotted_capital_i_however_typed(azerbaijani_pages, text):
    assert titles(run(text)) == ["İdarəetmədə innovasiyalar"]


def test_search_folds_azerbaijani_letters_in_indonesian_pages(azerbaijani_pages):
    results = run("xidmet", language="id")

    assert titles(results) == ["Kunjungan ke ASAN Xidmət"]
    assert str(results.hits[0].title) == "Kunjungan ke ASAN <mark>Xidmət</mark>"


@pytest.mark.parametrize("text", ["Bak", "Baki", "bakı şəh"])
def test_autocomplete_folds_azerbaijani_letters(azerbaijani_pages, text):
    suggestions = engine.autocomplete(text, "az")

    assert suggestions == [{"title": "Bakı şəhərində səyyar mərkəz", "url": azerbaijani_pages["baku"].url}]


def test_search_database_snippet_marks_the_summary_as_written(database_pages):
    results = run("vetendaslar dovlet")

    assert str(results.hits[0].snippet) == (
        "<mark>Vətəndaşlar</mark> <mark>dövlət</mark> xidmətlərini bir binada alırlar."
    )


def test_search_database_offers_no_correction_for_a_folded_match(database_pages):
    results = run("xidmet")

    assert (results.total, results.suggestion) == (1, "")


def test_search_database_corrects_to_the_word_as_written(database_pages):
    results = run("xidmte")

    assert (results.total, results.suggestion) == (0, "xidmət")


def test_migration_refills_full_text_rows_folded(settings, add_page, db):
    settings.ELASTICSEARCH_URL = ""
    add_page("ASAN xidmət mərkəzi", language="az")
    # An index written before folding: the full-text rows hold the text as written.
    migration.refill(connection, lambda text: text)
    unfolded = run("xidmet").total

    migration.fold_rows(None, SimpleNamespace(connection=connection))

    assert (unfolded, titles(run("xidmet"))) == (0, ["ASAN xidmət mərkəzi"])
