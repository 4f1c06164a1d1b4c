"""A reader's journeys with JavaScript on: each home page, switching language, taxonomy, autocomplete."""

import importlib

import pytest

from tests.cms.samples import TEXT

pytestmark = pytest.mark.browser

# The home pages keep the titles the site-structure migration gave them.
HOME_TITLES = {
    code: title
    for code, (title, _slug) in importlib.import_module(
        "cms.migrations.0002_site_structure_and_roles"
    ).HOME.items()
}


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def test_reader_opens_each_home_switches_language_and_opens_a_taxonomy_item(page, sample_url):
    seen = []
    for language in ("id", "en", "az"):
        page.goto(sample_url("cms.HomePage", language))
        seen.append((page.locator("html").get_attribute("lang"), page.locator("h1").inner_text()))

    # The switcher's label is in the page's language (Azerbaijani here): find it by its link.
    page.locator("nav.language-switcher a[hreflang=en]").click()
    switched = page.locator("html").get_attribute("lang")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Regions").click()
    page.locator("main").get_by_role("link", name=TEXT["en"]["regency"]).click()

    assert seen == [(language, HOME_TITLES[language]) for language in ("id", "en", "az")]
    assert (switched, page.locator("h1").inner_text()) == ("en", TEXT["en"]["regency"])


def test_autocomplete_suggests_titles_as_the_reader_types(page, sample_url):
    page.goto(sample_url("cms.HomePage", "en"))
    field = page.locator("header form[role=search] input[name=q]")

    field.press_sequentially(TEXT["en"]["standard"][0][:5], delay=30)
    options = page.locator(f"datalist#{field.get_attribute('list')} option")
    options.first.wait_for(state="attached")

    assert options.evaluate_all("nodes => nodes.map(n => n.value)") == [TEXT["en"]["standard"][0]]
