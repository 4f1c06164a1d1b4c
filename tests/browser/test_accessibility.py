"""WCAG 2.1 A/AA gate: axe-core on every public page type in id/en/az, and the home page by keyboard."""

import urllib.request

import pytest

from cms import kit
from tests.browser.conftest import AXE, serve_media
from tests.browser.samples import LANGUAGES, data_routes, expected_kinds

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(node['target'])}")
    return "\n".join(lines)


def test_samples_cover_every_public_kind(sample_urls):
    kinds = expected_kinds() + list(data_routes())
    expected = {(kind, language) for kind in kinds for language in LANGUAGES}

    missing = sorted(expected - set(sample_urls))

    assert missing == [], "add samples for these to tests/<app>/samples.py (see tests/browser/samples.py)"


def answer(url, method):
    """(status, content type) of one request to `url`."""
    with urllib.request.urlopen(urllib.request.Request(url, method=method)) as response:
        return response.status, response.headers.get_content_type()


def test_data_routes_answer_their_declared_type_to_get_and_head(sample_urls, live_server):
    # HEAD is checked for the routes apps declare in DATA_ROUTES; search/urls.py does not
    # declare its autocomplete yet (and its view refuses HEAD): GET only, until it does.
    declared = kit.data_routes()
    answers = {}

    for kind in data_routes():
        for language in LANGUAGES:
            url = live_server.url + sample_urls[(kind, language)]
            methods = ("GET", "HEAD") if kind in declared else ("GET",)
            answers[(kind, language)] = [answer(url, method) for method in methods]

    assert answers == {
        (kind, language): [(200, content_type)] * (2 if kind in declared else 1)
        for kind, content_type in data_routes().items()
        for language in LANGUAGES
    }


@pytest.fixture(scope="module")
def axe_page(browser):
    # The site's CSP allows only its own nonce'd scripts; axe is injected by the test alone,
    # so this one context ignores the CSP. One tab for the module: a context per page is slow.
    context = browser.new_context(bypass_csp=True)
    context.route("**/media/**", serve_media)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", expected_kinds())
def test_page_has_no_wcag_violations(kind, language, sample_url, axe_page):
    page = axe_page
    page.goto(sample_url(kind, language))
    page.add_script_tag(path=str(AXE))

    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )

    assert results["violations"] == [], describe(results["violations"])


FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), "
    "select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])"
)
# How the focused element looks, with and without focus: a change means a visible indicator.
FOCUS_STYLE = """el => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
            s.color, s.textDecorationLine, s.borderColor].join('|');
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_skip_link_is_first_and_moves_focus_to_main(language, sample_url, new_context):
    page = new_context().new_page()
    page.goto(sample_url("cms.HomePage", language))

    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")

    assert (first, focused) == ("#main", "main")


def test_home_page_every_control_is_reached_by_tab_with_a_visible_focus(sample_url, new_context):
    page = new_context().new_page()
    page.goto(sample_url("cms.HomePage", "id"))
    controls = page.evaluate(
        """selector => Array.from(document.querySelectorAll(selector))
            .filter(el => el.getClientRects().length > 0 || el.classList.contains('skip-link'))
            .map((el, index) => { el.dataset.gate = index; return String(index); })""",
        FOCUSABLE,
    )
    reached, invisible = [], []

    for _ in range(len(controls) + 5):
        page.keyboard.press("Tab")
        gate = page.evaluate("document.activeElement.dataset.gate ?? null")
        if gate is None or gate in reached:
            break
        reached.append(gate)
        focused_style = page.evaluate(f"({FOCUS_STYLE})(document.activeElement)")
        # Compare with the same element unfocused: blur it, read, then restore focus.
        blurred_style = page.evaluate(
            f"""() => {{ const el = document.activeElement; el.blur();
                const style = ({FOCUS_STYLE})(el); el.focus({{focusVisible: true}}); return style; }}"""
        )
        if focused_style == blurred_style:
            invisible.append(page.evaluate("document.activeElement.outerHTML.slice(0, 120)"))

    assert (sorted(reached, key=int), invisible) == (controls, [])
