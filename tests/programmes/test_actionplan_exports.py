"""The plan's public files: CSV and XLSX read back, the .ics, HEAD, conditional GET, privacy."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from wagtail.models import PageViewRestriction

from programmes.models import MilestoneEvidence, MilestoneStatus, Side
from tests.factories import StandardPageFactory
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(today):
    plan = ActionPlanPageFactory(title="Rencana Aksi", slug="rencana-aksi")
    activity = ActivityFactory(plan=plan, code="A1", title="Lokakarya")
    milestone = MilestoneFactory(
        activity=activity,
        title='=HYPERLINK("http://evil.example")',
        title_az="Bakıda seminar: ə, ı, İ, ş",
        due_on=datetime.date(2025, 3, 31),
        side=Side.JOINT,
        status=MilestoneStatus.COMPLETED,
        progress=100,
        evidence=["https://example.org/laporan"],
    )
    restricted = StandardPageFactory(title="Catatan terbatas")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    MilestoneEvidence.objects.create(milestone=milestone, page=restricted, sort_order=5)
    MilestoneFactory(activity=activity, title="Forum", due_on=datetime.date(2026, 1, 15), progress=10)
    return plan


def url(name, plan, language="id"):
    from django.utils import translation

    with translation.override(language):
        return reverse(f"programmes:{name}", args=[plan.pk])


def test_csv_export_reads_back_with_public_evidence_and_no_formula(client, plan):
    response = client.get(url("milestones_csv", plan))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffid,activity,title,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [
        (
            row["activity"],
            row["title"],
            row["title_az"],
            row["status"],
            row["evidence"],
            row["counts_completed"],
        )
        for row in rows
    ] == [
        (
            "A1",
            '\'=HYPERLINK("http://evil.example")',
            "Bakıda seminar: ə, ı, İ, ş",
            "completed",
            "https://example.org/laporan",
            "no",
        ),
        ("A1", "Forum", "", "not_started", "", "no"),
    ]


def test_xlsx_export_reads_back_with_text_cells(client, plan):
    response = client.get(url("milestones_xlsx", plan))

    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["milestones"]
    rows = list(sheet.iter_rows(values_only=True))
    title_cell = sheet.cell(row=2, column=3)
    assert rows[0][:4] == ("id", "activity", "title", "title_en")
    assert (title_cell.value, title_cell.data_type) == ('=HYPERLINK("http://evil.example")', "s")
    assert rows[1][6] == datetime.datetime(2025, 3, 31)
    assert list(workbook["activities"].iter_rows(min_row=2, values_only=True)) == [
        ("A1", "Lokakarya", 1, 54.5, 2, 0)
    ]


def test_ics_lists_open_due_dates(client, plan):
    response = client.get(url("milestones_ics", plan))

    text = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20260115" in text
    assert "\r\nSUMMARY:Forum\r\n" in text


@pytest.mark.parametrize("name", ["milestones_csv", "milestones_xlsx", "milestones_ics"])
def test_files_answer_head_and_conditional_get(client, plan, name):
    head = client.head(url(name, plan))
    first = client.get(url(name, plan))
    again = client.get(url(name, plan), HTTP_IF_NONE_MATCH=first["ETag"])
    MilestoneFactory(activity=plan.activities.get())
    changed = client.get(url(name, plan), HTTP_IF_NONE_MATCH=first["ETag"])

    assert (head.status_code, head.content, head["ETag"]) == (200, b"", first["ETag"])
    assert (again.status_code, again.content) == (304, b"")
    assert changed.status_code == 200


def test_files_of_a_draft_or_restricted_plan_are_not_found(client):
    draft = ActionPlanPageFactory(live=False)
    restricted = ActionPlanPageFactory()
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="rahasia")

    answers = [client.get(url("milestones_csv", plan)).status_code for plan in (draft, restricted)]

    assert answers == [404, 404]


def test_files_refuse_post(client, plan):
    assert client.post(url("milestones_csv", plan)).status_code == 405


def test_xlsx_export_of_a_note_with_control_characters_is_not_a_server_error(client, plan):
    # A note pasted from Word holds U+000B; openpyxl refuses such a cell, so the export drops it.
    milestone = plan.activities.first().milestones.first()
    milestone.title = "Forum\x0bberbagi\x01 pengetahuan"
    milestone.save()

    response = client.get(url("milestones_xlsx", plan))

    sheet = load_workbook(io.BytesIO(response.content))["milestones"]
    assert (response.status_code, sheet.cell(row=2, column=3).value) == (200, "Forum\nberbagi pengetahuan")
