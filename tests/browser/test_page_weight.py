"""Weight gate: a first visit to each page type transfers under 100 KB, content images aside."""

from urllib.parse import urlsplit

import pytest

from django.conf import settings

from tests.browser.conftest import WEIGHTS
from tests.browser.samples import LANGUAGES, expected_kinds

pytestmark = pytest.mark.browser

BUDGET = 100 * 1024
PHONE = {"width": 360, "height": 740}


def first_visit(context, url):
    """Load `url` in a fresh context; returns (requests, bytes on the wire, hosts, content images)."""
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url, wait_until="load")
    size, counted, hosts, images = 0, 0, set(), 0
    for request in requests:
        parts = urlsplit(request.url)
        if parts.scheme == "data":
            continue
        hosts.add(parts.netloc)
        if parts.path.startswith(settings.MEDIA_URL):
            images += 1
            continue
        sizes = request.sizes()
        size += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        counted += 1
    return counted, size, hosts, images


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", expected_kinds())
def test_first_visit_stays_under_budget_and_on_this_server(
    kind, language, sample_url, new_context, live_server
):
    url = sample_url(kind, language)

    requests, size, hosts, _images = first_visit(new_context(viewport=PHONE), url)
    WEIGHTS[(kind, language)] = (requests, size)

    assert (size < BUDGET, hosts) == (True, {urlsplit(live_server.url).netloc}), f"{size} bytes"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", expected_kinds())
def test_page_fits_a_phone_and_its_images_have_dimensions(kind, language, sample_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    problems = []
    url = sample_url(kind, language)
    # Broken assets show as failed responses; the 404 sample's own status is the point of it.
    page.on("response", lambda r: r.status >= 400 and r.url != url and problems.append(f"{r.status} {r.url}"))
    page.on(
        "console",
        lambda m: (
            m.type == "error" and not m.text.startswith("Failed to load resource") and problems.append(m.text)
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(url)
    # Lazy images below the fold load only when asked; decode them to read their size.
    page.evaluate(
        """() => Promise.all(Array.from(document.images).map(img => {
            img.loading = 'eager'; return img.decode().catch(() => null); }))"""
    )

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    images = page.evaluate(
        """() => Array.from(document.images).map(img => ({
            src: img.currentSrc || img.src,
            sized: img.hasAttribute('width') && img.hasAttribute('height'),
            natural: img.naturalWidth,
            shown: Math.round(img.getBoundingClientRect().width * window.devicePixelRatio),
        }))"""
    )
    # A rendition is sized for its slot: no more than twice the pixels it is shown at.
    badly_sized = [
        i for i in images if not i["sized"] or i["natural"] == 0 or i["natural"] > 2 * max(i["shown"], 360)
    ]

    assert (overflow, badly_sized, problems) == (0, [], [])
