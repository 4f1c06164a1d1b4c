"""Errors: 404 and 500 pages in each language, and bad input that never turns into a 500."""

import pytest

from django.test import Client, RequestFactory
from django.utils import translation

from cms.views import server_error
from tests.factories import ProgrammePageFactory, RegionFactory

pytestmark = pytest.mark.django_db

NOT_FOUND = {"id": "Halaman tidak ditemukan", "en": "Page not found", "az": "Səhifə tapılmadı"}
FAILED = {"id": "Terjadi kesalahan", "en": "Something went wrong", "az": "Xəta baş verdi"}


@pytest.mark.parametrize("language", ["id", "en", "az"])
def test_unknown_url_is_404_in_its_language(client, language):
    response = client.get(f"/{language}/unknown/")

    content = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{NOT_FOUND[language]}</h1>" in content
    assert f'<html lang="{language}">' in content


def test_unknown_url_without_language_prefix_ends_in_indonesian_404(client):
    response = client.get("/unknown/", follow=True)

    assert response.status_code == 404
    assert f"<h1>{NOT_FOUND['id']}</h1>" in response.content.decode()


@pytest.mark.parametrize("language", ["id", "en", "az"])
def test_server_error_page_in_its_language_without_database(django_db_blocker, language):
    request = RequestFactory().get(f"/{language}/broken/")

    with translation.override(language), django_db_blocker.block():
        response = server_error(request)

    assert response.status_code == 500
    assert f"<h1>{FAILED[language]}</h1>" in response.content.decode()


@pytest.mark.urls("tests.cms.urls_failing")
def test_failing_view_answers_with_the_500_page():
    client = Client(raise_request_exception=False)

    response = client.get("/en/broken/")

    assert response.status_code == 500
    assert "<h1>Something went wrong</h1>" in response.content.decode()


MALFORMED = [
    "page=abc",
    "page=10**9",
    "page=1000000000",
    "page=%ff",
    "mpp_status=<script>",
    "kind=%00",
    "q=%ff%fe",
]


@pytest.mark.parametrize("query", MALFORMED)
@pytest.mark.parametrize("path", ["/id/regions/", "/en/institutions/", "/az/people/", "/id/pillars/"])
def test_taxonomy_list_with_malformed_query_is_200(client, path, query):
    RegionFactory()

    response = client.get(f"{path}?{query}")

    assert response.status_code == 200


@pytest.mark.parametrize("query", MALFORMED)
@pytest.mark.parametrize("path", ["/id/", "/en/programme/", "/id/program/kegiatan/"])
def test_page_with_malformed_query_is_200(client, path, query):
    ProgrammePageFactory(slug="kegiatan")

    response = client.get(f"{path}?{query}")

    assert response.status_code == 200


@pytest.mark.parametrize("query", MALFORMED)
def test_taxonomy_detail_with_malformed_query_is_200(client, query):
    region = RegionFactory()

    response = client.get(f"/en/regions/{region.slug}/?{query}")

    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/id/regions/%ff/", "/en/regions/..%2F/", "/az/program/%00/", "/en/people/" + "a" * 300 + "/", "/xx/"],
)
def test_strange_paths_are_404(client, path):
    response = client.get(path, follow=True)

    assert response.status_code == 404
