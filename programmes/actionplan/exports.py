"""Milestones as spreadsheet rows (CSV, XLSX) and as a calendar of due dates (.ics).

One column list (`COLUMNS`) drives the CSV, the XLSX and the import, so an exported file
imported again changes nothing. Text that a spreadsheet would read as a formula
(starting with = + - @, a tab or a carriage return) is written with a leading
apostrophe in CSV and as a typed text cell in XLSX; the import removes the apostrophe.
"""

import csv
import datetime
import io

from openpyxl import Workbook

from django.utils import timezone
from django.utils.translation import gettext as _

from cms.text import without_controls
from programmes.actionplan.records import MilestoneStatus, Side

# (header, writable by the import, getter)
COLUMNS = [
    ("id", True, lambda m: m.pk),
    ("activity", True, lambda m: m.activity.code),
    ("title", True, lambda m: m.title),
    ("title_en", True, lambda m: m.title_en),
    ("title_az", True, lambda m: m.title_az),
    ("side", True, lambda m: m.side),
    ("due_on", True, lambda m: m.due_on),
    ("status", True, lambda m: m.status),
    ("progress", True, lambda m: m.progress),
    ("note", True, lambda m: m.status_note),
    ("evidence", True, lambda m: " | ".join(url for _label, url in m.shown_evidence)),
    ("planned_due_on", False, lambda m: m.planned_due_on),
    ("completed_on", False, lambda m: m.completed_on),
    ("counts_completed", False, lambda m: "yes" if m.counts_completed else "no"),
    ("days_late", False, lambda m: m.late_days),
]
HEADERS = [name for name, _writable, _getter in COLUMNS]
WRITABLE = [name for name, writable, _getter in COLUMNS if writable]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows(progress):
    """Each milestone of a PlanProgress as a list of Python values, in `HEADERS` order."""
    result = []
    for activity_row in progress.activities:
        for milestone in activity_row.milestones:
            result.append([getter(milestone) for _name, _writable, getter in COLUMNS])
    return result


def activity_rows(progress):
    """Each activity as (code, title in the reader's language, weight, percent, milestones, late)."""
    return [
        [
            row.activity.code,
            row.activity.localized("title"),
            row.activity.weight,
            float(row.percent) if row.percent is not None else None,
            len(row.milestones),
            len(row.late),
        ]
        for row in progress.activities
    ]


def safe_text(value):
    """A string a spreadsheet will show as typed, never evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(progress):
    """UTF-8 CSV with a byte-order mark (so spreadsheet programs read ə, ı, ş right), CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows(progress):
        writer.writerow(
            [
                value.isoformat()
                if isinstance(value, datetime.date)
                else safe_text("" if value is None else value)
                for value in row
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(progress, title):
    """An XLSX workbook: the milestones sheet (same columns as the CSV) and a summary by activity."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "milestones"
    sheet.append(HEADERS)
    for row in rows(progress):
        # A control character (a note pasted from Word, say) cannot go in an XLSX cell.
        sheet.append([None if value == "" else without_controls(value) for value in row])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, str):
                # Typed as text: openpyxl would otherwise store "=..." as a formula.
                cell.data_type = "s"
    summary = workbook.create_sheet("activities")
    summary.append(["activity", "title", "weight", "progress_percent", "milestones", "late"])
    for row in activity_rows(progress):
        summary.append([without_controls(value) for value in row])
    for line in summary.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    workbook.properties.title = title[:250]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _ics_text(value):
    return (
        str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
    ).replace("\n", "\\n")


def _fold(line):
    """RFC 5545 folding: lines of at most 75 octets, continued with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def ics_bytes(progress, plan, host):
    """A calendar with one all-day event per open milestone's due date."""
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Jembatan//Action plan//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(plan.title)}",
    ]
    for milestone in progress.milestones:
        if milestone.status == MilestoneStatus.CANCELLED:
            continue
        description = "{}: {}; {}: {}".format(
            _("Status"), MilestoneStatus(milestone.status).label, _("Owner side"), Side(milestone.side).label
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:milestone-{milestone.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{milestone.due_on:%Y%m%d}",
            f"DTEND;VALUE=DATE:{milestone.due_on + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(milestone.localized('title'))}",
            f"DESCRIPTION:{_ics_text(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")
