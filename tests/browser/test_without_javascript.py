"""With JavaScript off, the reading journeys work: browse, filter regions, search, switch language."""

import re

import pytest

from tests.cms.samples import TEXT
from tests.programmes.samples import TEXT as PROGRAMME_TEXT

pytestmark = pytest.mark.browser


@pytest.fixture
def page(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_home_to_section_to_detail_without_javascript(page, sample_url):
    page.goto(sample_url("cms.HomePage", "en"))

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Programme").click()
    section = page.locator("h1").inner_text()
    page.locator("main").get_by_role("link", name=PROGRAMME_TEXT["en"]["programme"][0]).click()
    detail = page.locator("h1").inner_text()

    assert (section, detail) == ("Programme", PROGRAMME_TEXT["en"]["programme"][0])


def test_region_list_filters_by_mpp_status_without_javascript(page, sample_url):
    page.goto(sample_url("taxonomy:region_list", "en"))

    page.get_by_label("MPP status").select_option("operating")
    page.locator("form.filters").get_by_role("button").click()
    names = page.locator("main .item-list li a").all_inner_texts()

    assert (page.url.split("?")[1], names) == ("mpp_status=operating&kind=", [TEXT["en"]["regency"]])


def test_header_search_form_finds_a_page_without_javascript(page, sample_url):
    page.goto(sample_url("cms.HomePage", "en"))

    search = page.locator("header form[role=search]")
    search.get_by_role("searchbox").fill("memorandum")
    search.get_by_role("button").click()
    links = page.locator("main").get_by_role("link", name=PROGRAMME_TEXT["en"]["programme"][0]).count()

    assert (re.sub(r"^https?://[^/]+", "", page.url), links) == ("/en/search/?q=memorandum", 1)


def test_language_switcher_opens_the_translation_without_javascript(page, sample_url):
    page.goto(sample_url("cms.StandardPage", "en"))

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Azərbaycan dili").click()

    assert (page.locator("html").get_attribute("lang"), page.locator("h1").inner_text()) == (
        "az",
        TEXT["az"]["standard"][0],
    )


def test_taxonomy_item_opens_from_its_list_without_javascript(page, sample_url):
    page.goto(sample_url("taxonomy:institution_list", "id"))

    page.locator("main .item-list").get_by_role("link", name=TEXT["id"]["institution"]).click()

    assert page.locator("h1").inner_text() == TEXT["id"]["institution"]
