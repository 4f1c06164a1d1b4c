"""The editor's path through the admin's views: drafts may be incomplete, publishing says what is missing."""

import pytest

from django.urls import reverse

from practices.models import Practice, PracticeIndexPage
from tests.factories import MODERATORS, CountryFactory, PillarFactory, UserFactory, section_page

pytestmark = pytest.mark.django_db

STREAMS = ("how_it_works", "indicators", "recognition", "documents")


def form(**fields):
    data = {
        "title": "Paspor dalam tiga jam",
        "slug": "paspor-tiga-jam",
        "licence": "cc-by-4.0",
        "summary": "",
    }
    for stream in STREAMS:
        data[f"{stream}-count"] = "0"
    data.update(
        {
            "adaptations-TOTAL_FORMS": "0",
            "adaptations-INITIAL_FORMS": "0",
            "adaptations-MIN_NUM_FORMS": "0",
            "adaptations-MAX_NUM_FORMS": "1000",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        }
    )
    data.update(fields)
    return data


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(role=MODERATORS))
    return client


@pytest.fixture
def add_url():
    return reverse(
        "wagtailadmin_pages:add", args=("practices", "practice", section_page(PracticeIndexPage).pk)
    )


def test_admin_saves_an_incomplete_practice_as_a_draft(editor, add_url):
    response = editor.post(add_url, form())

    page = Practice.objects.get(slug="paspor-tiga-jam")
    assert response.status_code == 302
    assert page.live is False


def test_admin_refuses_to_publish_and_says_what_is_missing(editor, add_url):
    response = editor.post(add_url, form(**{"action-publish": "action-publish"}))

    errors = response.context["form"].errors
    assert response.status_code == 200
    assert errors == {
        "summary": ["Tulis ringkasan sebelum menerbitkan: daftar dan hasil pencarian menampilkannya."],
        "origin_country": ["Pilih negara asal sebelum menerbitkan: pembaca menyaring menurutnya."],
        "pillars": ["Pilih sedikitnya satu pilar sebelum menerbitkan: pembaca menyaring menurutnya."],
    }
    assert "Pilih sedikitnya satu pilar sebelum menerbitkan" in response.content.decode()
    assert Practice.objects.filter(slug="paspor-tiga-jam").exists() is False


def test_admin_publishes_a_complete_practice(editor, add_url):
    country = CountryFactory(name="Azerbaijan", code="AZ")
    pillar = PillarFactory()

    response = editor.post(
        add_url,
        form(
            summary="Paspor terbit dalam tiga jam.",
            origin_country=str(country.pk),
            pillars=[str(pillar.pk)],
            **{"action-publish": "action-publish"},
        ),
    )

    page = Practice.objects.get(slug="paspor-tiga-jam")
    assert response.status_code == 302
    assert page.live is True
    assert list(page.pillars.all()) == [pillar]
