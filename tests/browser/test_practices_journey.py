"""A newcomer's journey in a browser: home page → practices → a practice → its guide → the self-check
→ a peer region; and the MPP tracker filtered to one province."""

import pytest

from tests.cms.samples import TEXT as CORE_TEXT
from tests.practices.samples import TEXT

pytestmark = pytest.mark.browser


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def test_newcomer_goes_from_home_to_practice_guide_self_check_and_peer_region(page, sample_url):
    page.goto(sample_url("cms.HomePage", "en"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Good practices").click()
    page.locator("main").get_by_role("link", name=TEXT["en"]["practice"][0], exact=True).click()
    practice_url = page.url
    page.get_by_role("link", name=TEXT["en"]["guide"][0]).click()
    page.get_by_role("link", name="Check your region's readiness").click()
    page.get_by_label("Peraturan kepala daerah").check()
    page.get_by_role("button", name="Show what is missing").click()
    gaps = page.locator("ol.gaps > li").all_inner_texts()
    page.get_by_role("link", name="Step 2: Menyiapkan gedung").click()
    at_step = page.url.rsplit("#", 1)[1]
    page.goto(practice_url)
    page.locator(".lineage__list").get_by_role("link", name=TEXT["en"]["adaptation"][0]).click()

    assert gaps == ["Gedung yang siap · Step 2: Menyiapkan gedung", "Komitmen instansi vertikal"]
    assert at_step == "step-2"
    assert page.locator("h1").inner_text() == CORE_TEXT["en"]["regency"]


def test_newcomer_filters_the_tracker_to_a_province(page, sample_url):
    page.goto(sample_url("practices:tracker", "en").split("?")[0])
    page.locator("table").last.get_by_role("link", name="Jawa Timur").click()

    assert page.locator("#areas-heading").inner_text() == "Jawa Timur"
    assert page.locator("table").first.locator("caption").inner_text() == "38 regencies and cities"
    assert page.locator("table").first.locator("tbody tr").count() == 38
