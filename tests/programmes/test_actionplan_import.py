"""Coordinators' spreadsheet import: all rows checked first, all or nothing, lines named."""

import datetime
import io

import pytest
from openpyxl import Workbook

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from programmes.actionplan import exports, progress
from programmes.actionplan.imports import MilestoneImport, format_errors
from programmes.models import Milestone, MilestoneChange, MilestoneStatus, Side
from tests.factories import PROGRAMME_COORDINATORS, TRAINERS, UserFactory
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

HEADER = "id;activity;title;title_az;side;due_on;status;progress;note;evidence;reason"


@pytest.fixture
def plan():
    plan = ActionPlanPageFactory()
    activity = ActivityFactory(plan=plan, code="A1")
    MilestoneFactory(activity=activity, title="Lokakarya", due_on=datetime.date(2025, 3, 31))
    return plan


def semicolon_csv(*lines):
    """A file as an Indonesian or Azerbaijani spreadsheet saves it: BOM, `;`, CRLF."""
    return ("\ufeff" + "\r\n".join((HEADER, *lines)) + "\r\n").encode("utf-8")


def test_import_updates_and_creates_from_a_locale_spreadsheet(plan):
    milestone = plan.milestone_queryset().get()
    user = UserFactory(username="vusal")
    content = semicolon_csv(
        f"{milestone.pk};A1;Lokakarya;Seminar;Indonesia;15/05/2025;Sedang berjalan;40%;;;Jadwal baru",
        ";a1;Forum Bakı;Bakıda forum: ə, ı, İ, ş;joint;01/12/2025;not started;0;;;",
    )

    result = MilestoneImport(plan, user=user, source="rencana.csv").run(content, "rencana.csv")

    milestone.refresh_from_db()
    created = Milestone.objects.get(title="Forum Bakı")
    assert (result.errors, result.created, result.updated, result.unchanged) == ([], 1, 1, 0)
    assert (milestone.status, milestone.progress, milestone.due_on, milestone.title_az) == (
        MilestoneStatus.IN_PROGRESS,
        40,
        datetime.date(2025, 5, 15),
        "Seminar",
    )
    assert (created.side, created.title_az, created.due_on) == (
        Side.JOINT,
        "Bakıda forum: ə, ı, İ, ş",
        datetime.date(2025, 12, 1),
    )
    assert sorted(
        MilestoneChange.objects.filter(milestone=milestone).values_list("field", "reason", "user__username")
    ) == [
        ("due_on", "Jadwal baru", "vusal"),
        ("progress", "Jadwal baru", "vusal"),
        ("status", "Jadwal baru", "vusal"),
    ]


def test_import_finds_sides_and_statuses_written_in_azerbaijani_capitals_or_decomposed(plan):
    decomposed_s = "s\u0327"  # "ş" as a Mac saves it: s and a combining cedilla
    content = semicolon_csv(
        ";a1;Seminar 1;Seminar;İNDONEZİYA;01/12/2025;BAŞLANMAYIB;0;;;",
        ";A1;Seminar 2;Seminar;indoneziya;02/12/2025;davam edir;10;;;",
        ";A1;Seminar 3;Seminar;AZƏRBAYCAN;03/12/2025;GECİKİR;20;;;",
        f";A1;Seminar 4;Seminar;Birgə;04/12/2025;Ba{decomposed_s}lanmayıb;0;;;",
        ";A1;Seminar 5;Seminar;JOINT;05/12/2025;IN PROGRESS;30;;;",
    )

    result = MilestoneImport(plan).run(content, "seminar.csv")

    created = Milestone.objects.filter(title__startswith="Seminar ").order_by("title")
    assert (result.errors, result.created) == ([], 5)
    assert [(m.side, m.status) for m in created] == [
        (Side.INDONESIA, MilestoneStatus.NOT_STARTED),
        (Side.INDONESIA, MilestoneStatus.IN_PROGRESS),
        (Side.AZERBAIJAN, MilestoneStatus.DELAYED),
        (Side.JOINT, MilestoneStatus.NOT_STARTED),
        (Side.JOINT, MilestoneStatus.IN_PROGRESS),
    ]


def test_import_keeps_letters_in_their_composed_form(plan):
    content = semicolon_csv(";A1;Forum Bakı;Bakı s\u0327əhəri;joint;01/12/2025;not started;0;;;")

    MilestoneImport(plan).run(content, "forum.csv")

    assert Milestone.objects.get(title="Forum Bakı").title_az == "Bakı şəhəri"


def test_import_with_one_bad_row_applies_nothing_and_names_the_lines(plan):
    milestone = plan.milestone_queryset().get()
    content = semicolon_csv(
        f"{milestone.pk};A1;Lokakarya;;indonesia;2025-04-30;in_progress;50;;;",
        ";A9;Baru;;mars;31/02/2025;done;abc;;;",
        ";A1;Selesai tanpa bukti;;azerbaijan;01/06/2025;completed;100;;;",
        "999;A1;Tidak ada;;indonesia;01/06/2025;in_progress;10;;not a link;",
    )

    result = MilestoneImport(plan).run(content, "rencana.csv")

    milestone.refresh_from_db()
    assert format_errors(result.errors) == [
        "line 3: Unknown activity “A9”.",
        "line 3: Unknown side “mars”.",
        "line 3: Unknown status “done”.",
        "line 3: Due date “31/02/2025” is not a date (dd/mm/yyyy).",
        "line 3: Progress “abc” is not a whole number.",
        "line 4: status: A milestone cannot be completed without evidence: add at least one link.",
        "line 5: id 999 is not a milestone of this plan.",
        "line 5: Evidence “not a link” is not a full web address.",
    ]
    assert (milestone.status, Milestone.objects.count(), MilestoneChange.objects.count()) == (
        "not_started",
        1,
        0,
    )


def test_import_of_an_export_changes_nothing(plan, today):
    milestone = plan.milestone_queryset().get()
    milestone.status, milestone.progress, milestone.status_note = MilestoneStatus.DELAYED, 30, "=SUM(A1)"
    milestone.save()
    MilestoneFactory(
        activity=milestone.activity,
        title="Laporan",
        status=MilestoneStatus.COMPLETED,
        progress=100,
        evidence=["https://example.org/laporan"],
    )
    state = progress.load(plan, public=False)
    changes_before = MilestoneChange.objects.count()

    from_csv = MilestoneImport(plan).run(exports.csv_bytes(state), "export.csv")
    from_xlsx = MilestoneImport(plan).run(exports.xlsx_bytes(state, plan.title), "export.xlsx")

    assert [(r.errors, r.created, r.updated, r.unchanged) for r in (from_csv, from_xlsx)] == [
        ([], 0, 0, 2)
    ] * 2
    assert MilestoneChange.objects.count() == changes_before


def test_import_reads_xlsx_dates_and_numbers(plan):
    milestone = plan.milestone_queryset().get()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "activity", "title", "side", "due_on", "status", "progress"])
    sheet.append(
        [milestone.pk, "A1", "Lokakarya", "İndoneziya", datetime.datetime(2025, 8, 1), "Davam edir", 25.0]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)

    result = MilestoneImport(plan).run(buffer.getvalue(), "rencana.xlsx")

    milestone.refresh_from_db()
    assert result.errors == []
    assert (milestone.side, milestone.due_on, milestone.status, milestone.progress) == (
        Side.INDONESIA,
        datetime.date(2025, 8, 1),
        MilestoneStatus.IN_PROGRESS,
        25,
    )


def test_import_refuses_unreadable_files(plan):
    results = [
        MilestoneImport(plan).run("id;title\r\n".encode("utf-16"), "a.csv"),
        MilestoneImport(plan).run(b"PK\x03\x04broken", "a.xlsx"),
        MilestoneImport(plan).run(b"id,title\r\n1,x\r\n", "a.csv"),
    ]

    assert [format_errors(result.errors) for result in results] == [
        ["line 1: The file is not UTF-8 text: save it as “CSV UTF-8” and try again."],
        ["line 1: This is not a readable XLSX workbook."],
        ["line 1: Missing columns: activity, side, due_on, status, progress."],
    ]


def test_import_view_reports_lines_and_applies_nothing(client, plan):
    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    upload = SimpleUploadedFile("rencana.csv", semicolon_csv(";A1;Baru;;joint;99/99/2025;not_started;0;;;"))

    response = client.post(reverse("programmes_actionplan:import", args=[plan.pk]), {"file": upload})

    assert response.status_code == 400
    assert response.context["errors"] == ["baris 2: Tenggat “99/99/2025” bukan tanggal (dd/mm/yyyy)."]
    assert Milestone.objects.count() == 1


def test_import_view_applies_a_good_file(client, plan):
    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    upload = SimpleUploadedFile("rencana.csv", semicolon_csv(";A1;Baru;;joint;01/09/2025;not_started;0;;;"))

    response = client.post(reverse("programmes_actionplan:import", args=[plan.pk]), {"file": upload})

    assert (response.status_code, Milestone.objects.filter(title="Baru").count()) == (302, 1)


def test_import_view_is_closed_to_trainers(client, plan):
    client.force_login(UserFactory(role=TRAINERS))
    upload = SimpleUploadedFile("rencana.csv", semicolon_csv(";A1;Baru;;joint;01/09/2025;not_started;0;;;"))

    response = client.post(reverse("programmes_actionplan:import", args=[plan.pk]), {"file": upload})

    assert (response.status_code, Milestone.objects.count()) == (302, 1)
