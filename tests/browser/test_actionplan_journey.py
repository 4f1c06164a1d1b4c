"""The action plan in a browser: a coordinator completes a milestone with evidence in the Wagtail
admin, and the public progress page, the report and its PDF show it at once, page cache on.

The gates run on page types; the report and the milestone page are routes of the plan's page
type, so their samples get the same axe and HTML checks here, in id, en and az.
"""

import datetime

import pytest

from django.core.cache import caches
from django.utils import timezone

from programmes.models import ActionPlanPage, Activity, MilestoneStatus, Side
from tests.browser.conftest import AXE, database_beside_playwright
from tests.browser.samples import LANGUAGES
from tests.browser.test_accessibility import WCAG_TAGS, axe_page, describe  # noqa: F401  (fixture)
from tests.browser.test_valid_html import vnu_messages  # noqa: F401  (fixture)
from tests.factories import PROGRAMME_COORDINATORS, UserFactory
from tests.factories.actionplan import MilestoneFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"
TITLE = "Field visit to Banyuwangi"
EVIDENCE = "https://www.menpan.go.id/kunjungan-banyuwangi"


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (the test settings turn it off), and empty."""
    settings.PAGE_CACHE_SECONDS = 600
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def late_milestone(sample_urls, django_db_blocker):
    """An Indonesian milestone of the sample plan, ten days late, in progress; removed afterwards."""
    with django_db_blocker.unblock(), database_beside_playwright():
        plan = ActionPlanPage.objects.get(slug="rencana-aksi-2024", locale__language_code="id")
        milestone = MilestoneFactory(
            activity=Activity.objects.get(plan=plan, code="A1"),
            title="Kunjungan lapangan Banyuwangi",
            title_en=TITLE,
            due_on=timezone.localdate() - datetime.timedelta(days=10),
            side=Side.INDONESIA,
            status=MilestoneStatus.IN_PROGRESS,
            progress=60,
            status_note="Waiting for the visit report.",
        )
        coordinator = UserFactory(role=PROGRAMME_COORDINATORS)
    yield milestone, coordinator
    with django_db_blocker.unblock(), database_beside_playwright():
        milestone.delete()
        coordinator.delete()


def row_of(page, title):
    return page.locator("tr", has=page.get_by_role("link", name=title, exact=True)).first.inner_text()


def test_coordinator_completes_a_milestone_and_the_public_pages_follow_at_once(
    new_context, sample_url, live_server, page_cache, late_milestone
):
    milestone, coordinator = late_milestone
    progress_url = sample_url("programmes.ActionPlanPage", "en")
    report_url = f"{progress_url}report/"
    reader = new_context(java_script_enabled=False, locale="en-US").new_page()
    reader.goto(progress_url)
    progress_cached = reader.goto(progress_url).headers.get("x-page-cache")
    progress_before = row_of(reader, TITLE)
    reader.goto(report_url)
    report_cached = reader.goto(report_url).headers.get("x-page-cache")
    late_before = reader.locator("table", has_text="Milestones past their due date").inner_text()
    pdf_before = reader.request.get(f"{report_url}?format=pdf")

    admin = new_context(locale="en-US").new_page()
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("input[name=username]", coordinator.username)
    admin.fill("input[name=password]", PASSWORD)
    admin.locator("form button[type=submit]").click()
    admin.wait_for_url(f"{live_server.url}/admin/")
    admin.goto(f"{live_server.url}/admin/snippets/programmes/milestone/edit/{milestone.pk}/")
    admin.select_option("#id_status", "completed")
    admin.fill("#id_progress", "100")
    admin.get_by_role("button", name="Add evidence").click()
    admin.fill("#id_evidence-0-url", EVIDENCE)
    admin.fill("#id_evidence-0-label", "Visit report")
    admin.fill("#id_change_reason", "The visit took place; its report is published.")
    admin.get_by_role("button", name="Save", exact=True).click()
    admin.wait_for_url(f"{live_server.url}/admin/snippets/programmes/milestone/")
    saved = admin.locator(".messages").inner_text()

    progress_after = reader.goto(progress_url)
    progress_row = row_of(reader, TITLE)
    evidence_link = reader.locator("tr", has_text=TITLE).get_by_role("link", name="Visit report")
    evidence_href = evidence_link.get_attribute("href")
    report_after = reader.goto(report_url)
    report_row = row_of(reader, TITLE)
    late_after = reader.locator("main").inner_text()
    pdf_after = reader.request.get(f"{report_url}?format=pdf")

    assert (progress_cached, report_cached) == ("hit", "hit")
    assert "In progress" in progress_before and "60 %" in progress_before
    assert TITLE in late_before and "Waiting for the visit report." in late_before
    assert "updated" in saved
    assert progress_after.headers.get("x-page-cache") == "miss"
    assert ("Completed" in progress_row, "100 %" in progress_row, evidence_href) == (True, True, EVIDENCE)
    assert report_after.headers.get("x-page-cache") == "miss"
    assert ("Completed" in report_row, "Visit report" in report_row) == (True, True)
    assert "Waiting for the visit report." not in late_after
    assert (pdf_before.status, pdf_after.status) == (200, 200)
    assert pdf_after.body()[:5] == b"%PDF-"
    assert pdf_after.headers["etag"] != pdf_before.headers["etag"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["programmes.ActionPlanPage:report", "programmes.ActionPlanPage:milestone"])
def test_plan_routes_pass_the_accessibility_and_html_gates(kind, language, sample_url, request):
    tab, checked = request.getfixturevalue("axe_page"), request.getfixturevalue("vnu_messages")
    tab.goto(sample_url(kind, language))
    tab.add_script_tag(path=str(AXE))
    results = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    errors = [
        f"line {m.get('lastLine')}: {m['message']}" for m in checked[(kind, language)] if m["type"] == "error"
    ]

    assert results["violations"] == [], describe(results["violations"])
    assert errors == []
