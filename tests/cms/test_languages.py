"""Three languages: the switcher, interface strings, and dates and numbers formatted per language."""

import datetime

import pytest

from django.utils import translation
from django.utils.formats import number_format

from cms.translations import LanguageLink
from tests.factories import RegionFactory, StandardPageFactory, home_page, translate

pytestmark = pytest.mark.django_db


def switcher(response):
    return [(link.code, link.url, link.is_current) for link in response.context["links"]]


def test_language_switcher_on_page_links_translation_or_says_not_translated(client):
    about = StandardPageFactory(title="Tentang", slug="tentang")
    translate(about, "en", title="About", slug="about")

    response = client.get("/en/about/")

    assert switcher(response) == [
        ("id", "/id/tentang/", False),
        ("en", "/en/about/", True),
        ("az", "", False),
    ]
    assert "Azərbaycan dili <small>(not translated yet)</small>" in response.content.decode()


def test_language_switcher_on_home_page_links_every_language(client):
    response = client.get("/az/")

    assert switcher(response) == [("id", "/id/", False), ("en", "/en/", False), ("az", "/az/", True)]


def test_language_switcher_on_taxonomy_item_links_translation(client):
    belu = RegionFactory(name="Kabupaten Belu", slug="belu")
    translate(belu, "az", name="Belu regentliyi")

    response = client.get("/az/regions/belu/")

    assert response.context["translations"] == [
        LanguageLink(code="id", name="Bahasa Indonesia", url="/id/regions/belu/", is_current=False),
        LanguageLink(code="en", name="English", url="", is_current=False),
        LanguageLink(code="az", name="Azərbaycan dili", url="/az/regions/belu/", is_current=True),
    ]


def test_language_switcher_on_listing_keeps_path_and_query(client):
    response = client.get("/en/regions/?mpp_status=planned")

    assert switcher(response) == [
        ("id", "/id/regions/?mpp_status=planned", False),
        ("en", "/en/regions/?mpp_status=planned", True),
        ("az", "/az/regions/?mpp_status=planned", False),
    ]


def test_untranslated_page_in_other_language_is_404(client):
    StandardPageFactory(title="Hanya bahasa Indonesia", slug="hanya-indonesia")

    response = client.get("/en/hanya-indonesia/")

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("language", "skip_link", "home"),
    [
        ("id", "Langsung ke konten utama", "Beranda"),
        ("en", "Skip to main content", "Home"),
        ("az", "Əsas məzmuna keçin", "Ana səhifə"),
    ],
)
def test_interface_strings_in_each_language(client, language, skip_link, home):
    response = client.get(f"/{language}/regions/")

    content = response.content.decode()
    assert f'<a class="skip-link" href="#main">{skip_link}</a>' in content
    assert [item["title"] for item in response.context["main_navigation"]][0] == home
    assert f'<html lang="{language}">' in content


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "1 Juli 2024"), ("en", "July 1, 2024"), ("az", "1 İyul 2024")],
)
def test_date_rendered_per_language(client, language, expected):
    region = RegionFactory(slug="jakarta", mpp_opened_on=datetime.date(2024, 7, 1))
    if language != "id":
        translate(region, language)

    response = client.get(f"/{language}/regions/jakarta/")

    assert f'<time datetime="2024-07-01">{expected}</time>' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "expected"), [("id", "1.234,5"), ("en", "1,234.5"), ("az", "1\u00a0234,5")]
)
def test_number_formatted_per_language(language, expected):
    with translation.override(language):
        assert number_format(1234.5, force_grouping=True) == expected


def test_home_page_exists_in_each_language():
    titles = {code: home_page(code).title for code in ("id", "en", "az")}

    assert titles == {
        "id": "Jembatan: Kerja Sama Pelayanan Publik Indonesia–Azerbaijan",
        "en": "Jembatan: Indonesia–Azerbaijan Public Service Cooperation",
        "az": "Jembatan: İndoneziya–Azərbaycan dövlət xidməti əməkdaşlığı",
    }
