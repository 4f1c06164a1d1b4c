"""On a phone the results come first: the filters are a closed disclosure; on a wide screen they sit beside.

Drives Debian's Chromium (marked `browser`, run with the quality gates) on the page the
test client renders, with the site's and the search's stylesheets inlined.
"""

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from django.conf import settings

pytestmark = pytest.mark.browser

STYLESHEETS = {
    "css/site.css": Path(settings.BASE_DIR) / "cms" / "static" / "css" / "site.css",
    "search/search.css": Path(settings.BASE_DIR) / "search" / "static" / "search" / "search.css",
}


def inlined(html):
    """The page with its stylesheets inlined, so no server is needed to show it."""

    def style(match):
        for name, path in STYLESHEETS.items():
            if match.group(1).endswith(name):
                return f"<style>{path.read_text(encoding='utf-8')}</style>"
        return ""

    html = re.sub(r'<link rel="stylesheet" href="([^"]+)">', style, html)
    return re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)


@pytest.fixture
def search_page_html(search_backend, programme_pages, indexed, client):
    return inlined(client.get("/id/search/", {"q": "pelayanan OR simposium OR rencana"}).content.decode())


@pytest.mark.parametrize("search_backend", ["database"], indirect=True)
def test_phone_shows_the_first_result_before_the_filters(search_page_html):
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: `.ci/run` installs it, or `apt-get install chromium`.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        shown = {}
        for width in (390, 1280):
            page = browser.new_page(viewport={"width": width, "height": 844})
            page.set_content(search_page_html)
            title = page.locator(".search-result__title").first.bounding_box()
            shown[width] = (
                page.locator(".search-facet").first.is_visible(),
                title["y"] + title["height"] <= 844,
                page.evaluate("document.documentElement.scrollWidth") <= width,
            )
        browser.close()

    # (filters shown, the first result's title on the first screen, no horizontal scroll);
    # with the filters open above the results, a phone showed seven fieldsets first.
    assert shown == {390: (False, True, True), 1280: (True, True, True)}
