"""The report for joint meetings as a PDF: the same content as the HTML report, on A4.

The text is read from the WeasyPrint document that the view wrote (no PDF parser is a
dependency of the project): `laid_out` records every document `cms.pdf.render` makes.
"""

import datetime
import re
import zlib

import pytest

from django.core.cache import caches
from django.utils import timezone

from wagtail.models import PageViewRestriction

from cms import pdf
from programmes.models import Milestone, MilestoneStatus, Side
from tests.factories import UserFactory, translate
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


def document_text(document):
    """Every text of a laid-out WeasyPrint document, page after page, joined by spaces."""
    texts = []

    def walk(box):
        if getattr(box, "text", None):
            texts.append(box.text)
        for child in getattr(box, "children", ()):
            walk(child)

    for page in document.pages:
        walk(page._page_box)
    return " ".join(" ".join(texts).split())


def page_count(data):
    """The /Count of the PDF's page tree, read from its (compressed) object streams."""
    counts = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            counts += re.findall(rb"/Type /Pages/Kids \[[^\]]*\]/Count (\d+)", zlib.decompress(stream))
        except zlib.error:
            continue
    return [int(count) for count in counts]


def at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.fixture
def laid_out(monkeypatch):
    documents = []
    render = pdf.render

    def recording(html, base_url):
        document = render(html, base_url)
        documents.append(document)
        return document

    monkeypatch.setattr(pdf, "render", recording)
    return documents


@pytest.fixture
def plan(today):
    plan = ActionPlanPageFactory(title="Rencana Aksi 2024–2026")
    activity = ActivityFactory(
        plan=plan, code="A1", title="Lokakarya ASAN Xidmət", title_en="ASAN Xidmət workshops"
    )
    MilestoneFactory(
        activity=activity,
        title="Lokakarya integrasi layanan di Bakı",
        title_en="Service integration workshop in Bakı",
        due_on=datetime.date(2025, 6, 21),
        status=MilestoneStatus.DELAYED,
        progress=30,
        status_note="Menunggu jadwal İlham və Şəki.",
        created_at=at(datetime.date(2024, 7, 1)),
    )
    MilestoneFactory(
        activity=activity,
        title="Kunjungan MPP DKI Jakarta",
        side=Side.JOINT,
        status=MilestoneStatus.COMPLETED,
        progress=100,
        evidence=["https://www.menpan.go.id/laporan"],
        created_at=at(datetime.date(2024, 7, 1)),
    )
    return plan


def test_report_pdf_holds_the_activities_and_late_items(client, plan, laid_out):
    response = client.get(f"{plan.url}report/2025-07-01/", {"format": "pdf"})

    data = response.getvalue()
    [document] = laid_out
    text = document_text(document)
    assert (response.status_code, response["Content-Type"], data[:5]) == (200, "application/pdf", b"%PDF-")
    assert response["Content-Disposition"] == f'inline; filename="{plan.slug}-2025-07-01.pdf"'
    assert page_count(data) == [len(document.pages)]
    assert "A1 · Lokakarya ASAN Xidmət" in text
    assert "Lokakarya integrasi layanan di Bakı" in text
    assert "10 hari terlambat" in text
    assert "Menunggu jadwal İlham və Şəki." in text
    assert "Kunjungan MPP DKI Jakarta" in text


def test_report_pdf_in_english(client, plan, laid_out):
    english = translate(plan, "en", title="Action plan 2024–2026", slug="action-plan")

    response = client.get(f"{english.url}report/2025-07-01/", {"format": "pdf"})

    text = document_text(laid_out[0])
    assert (response.status_code, english.url.startswith("/en/")) == (200, True)
    assert "Report: Action plan 2024–2026" in text
    assert "A1 · ASAN Xidmət workshops" in text
    assert "Service integration workshop in Bakı" in text
    assert "10 days late" in text


def test_report_pdf_reads_only_static_files(client, plan, laid_out, monkeypatch):
    fetched = []
    fetch = pdf.StaticFilesFetcher.fetch

    def recording(self, url, headers=None):
        fetched.append(url)
        return fetch(self, url, headers)

    monkeypatch.setattr(pdf.StaticFilesFetcher, "fetch", recording)

    client.get(f"{plan.url}report/2025-07-01/", {"format": "pdf"})

    assert sorted(fetched) == [
        "http://testserver/static/programmes/actionplan.css",
        "http://testserver/static/programmes/report-print.css",
    ]


def test_static_files_fetcher_refuses_everything_else():
    fetcher = pdf.StaticFilesFetcher()

    refused = []
    for url in (
        "https://example.org/tracker.png",
        "http://testserver/media/images/photo.jpg",
        "http://testserver/static/../cms/settings/base.py",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
        refused.append(url)
    served = fetcher.fetch("http://testserver/static/programmes/report-print.css")

    assert (len(refused), served.content_type, served.read()[:2]) == (4, "text/css", b"/*")


def test_report_pdf_answers_head_and_conditional_get(client, plan, laid_out):
    url = f"{plan.url}report/2025-07-01/?format=pdf"

    head = client.head(url)
    first = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (head.status_code, head.content, head["ETag"]) == (200, b"", first["ETag"])
    assert (again.status_code, again.content, again["ETag"]) == (304, b"", first["ETag"])
    assert since.status_code == 304
    # Neither the HEAD (cache off here) nor the conditional GETs lay out more than their PDF.
    assert len(laid_out) == 2


def test_report_pdf_changes_at_once_with_its_content(client, plan, laid_out, settings):
    settings.PAGE_CACHE_SECONDS = 600
    caches[settings.PAGE_CACHE_ALIAS].clear()
    url = f"{plan.url}report/2025-07-01/?format=pdf"
    first = client.get(url)
    cached = client.get(url)
    late = Milestone.objects.get(status=MilestoneStatus.DELAYED)
    late.status_note = "Jadwal baru: September."
    late.save()

    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    # What browsers send: the ETag decides, whatever second Last-Modified names.
    both = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (cached.getvalue(), len(laid_out)) == (first.getvalue(), 2)
    assert (changed.status_code, changed["ETag"] != first["ETag"]) == (200, True)
    assert "Menunggu jadwal İlham və Şəki." in document_text(laid_out[0])
    assert "Jadwal baru: September." in document_text(laid_out[1])
    assert (both.status_code, both["ETag"]) == (200, changed["ETag"])
    caches[settings.PAGE_CACHE_ALIAS].clear()


def test_report_pdf_of_a_draft_or_private_plan_is_not_served(client, plan, laid_out):
    draft = ActionPlanPageFactory(live=False)
    password = ActionPlanPageFactory()
    PageViewRestriction.objects.create(page=password, restriction_type="password", password="rahasia")
    login = ActionPlanPageFactory()
    PageViewRestriction.objects.create(page=login, restriction_type="login")

    draft_answer = client.get(f"{draft.url}report/2025-07-01/?format=pdf")
    password_answer = client.get(f"{password.url}report/2025-07-01/?format=pdf")
    login_answer = client.get(f"{login.url}report/2025-07-01/?format=pdf")
    client.force_login(UserFactory())
    logged_in = client.get(f"{login.url}report/2025-07-01/?format=pdf")

    assert draft_answer.status_code == 404
    # The password form, as for the report's HTML page.
    assert (password_answer.status_code, password_answer["Content-Type"][:9]) == (200, "text/html")
    assert login_answer.status_code == 302
    assert (logged_in.status_code, logged_in["Content-Type"]) == (200, "application/pdf")
    assert len(laid_out) == 1


def test_report_pdf_with_an_unknown_format_is_not_found(client, plan):
    assert client.get(f"{plan.url}report/2025-07-01/", {"format": "docx"}).status_code == 404


def test_report_links_its_pdf_and_the_plan_page_too(client, plan):
    report = client.get(f"{plan.url}report/2025-07-01/").content.decode()
    progress = client.get(plan.url).content.decode()

    assert f'href="{plan.url}report/2025-07-01/?format=pdf"' in report
    assert f'href="{plan.url}report/?format=pdf"' in progress


@pytest.mark.parametrize("count", [3, 300])
def test_report_pdf_query_count(client, django_assert_num_queries, count, today):
    plan = ActionPlanPageFactory()
    activities = [ActivityFactory(plan=plan) for _ in range(3)]
    Milestone.objects.bulk_create(
        Milestone(
            activity=activities[index % 3],
            title=f"Tonggak {index}",
            due_on=datetime.date(2025, 1, 1),
            side=Side.JOINT,
            created_at=at(datetime.date(2024, 7, 1)),
        )
        for index in range(count)
    )
    url = f"{plan.url}report/2025-07-01/?format=pdf"
    client.get(url)

    # Within 12: the page (route, site), the plan's records and the changes to undo; no more per milestone.
    with django_assert_num_queries(7):
        response = client.get(url)

    assert (response.status_code, response.getvalue()[:5]) == (200, b"%PDF-")
