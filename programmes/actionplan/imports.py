"""Coordinators' spreadsheet import: creates or updates a plan's milestones, all or nothing.

Accepts what the export writes (`exports.HEADERS`) and what coordinators' spreadsheets
really produce: CSV in UTF-8 with or without a byte-order mark, `,` or `;` as delimiter,
CRLF or LF line ends, dates as `yyyy-mm-dd`, `dd/mm/yyyy` or `dd.mm.yyyy`, statuses and
sides as codes or as their names in Indonesian, English or Azerbaijani; or an XLSX
workbook (its `milestones` sheet, else the first). Columns: `activity`, `title`,
`side`, `due_on`, `status`, `progress` are required; `id` (empty for a new milestone),
`title_en`, `title_az`, `note`, `evidence` (addresses separated by `|`; new ones are
added, none removed) and `reason` (kept in the history) are optional; others are ignored.

Every row is checked before anything is written. `ImportResult.errors` lists each
problem as (line number, message) where line 1 is the header row; with any error
nothing is applied.
"""

import csv
import datetime
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from openpyxl import load_workbook

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from cms.text import without_controls
from programmes.actionplan import progress as progress_module
from programmes.actionplan.exports import FORMULA_STARTS
from programmes.actionplan.records import Milestone, MilestoneEvidence, MilestoneStatus, Side

REQUIRED = ("activity", "title", "side", "due_on", "status", "progress")
OPTIONAL = ("id", "title_en", "title_az", "note", "evidence", "reason")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
MAX_ROWS = 2000


class ImportFileError(ValueError):
    """The file cannot be read at all (not CSV/XLSX, not UTF-8, no header row)."""


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors


def read_table(content, filename=""):
    """The file as a list of rows (lists of cell values), header first."""
    if content[:4] == b"PK\x03\x04" or filename.lower().endswith(".xlsx"):
        try:
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
            raise ImportFileError(_("This is not a readable XLSX workbook.")) from error
        sheet = workbook["milestones"] if "milestones" in workbook.sheetnames else workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.")
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def fold(text):
    """`text` as a lookup key: case, Unicode composition and the dotted/dotless i left out.

    Azerbaijani pairs i with İ and ı with I, English i with I: "İNDONEZİYA", "indoneziya" and
    "İndoneziya" must all find the side, "TAMAMLANIB" and "tamamlanıb" the status. So after
    NFKC (a Mac's decomposed "ş" is the same letter) and casefold, the combining dot above
    that casefold leaves from "İ" is dropped and "ı" becomes "i".
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.replace("\u0307", "").replace("ı", "i")


def _vocabulary(choices):
    """Every way to write a choice: its code and its label in id, en and az, folded (`fold`)."""
    words = {}
    for value, label in choices.choices:
        words[fold(value)] = value
        for language in ("id", "en", "az"):
            with override(language):
                words[fold(str(label))] = value
    return words


def _text(value):
    """A cell as trimmed text in Unicode's composed form (NFC), without control characters
    (Word's line break becomes a line end) and without the export's formula guard."""
    if value is None:
        return ""
    text = without_controls(unicodedata.normalize("NFC", str(value))).strip()
    # The export protects formula-like text with an apostrophe; take it off again.
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError


def _percent(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        text = _text(value).rstrip("%").strip().replace(",", ".")
        number = Decimal(text)
    if number != number.to_integral_value():
        raise ValueError
    return int(number)


class MilestoneImport:
    """Checks a table against one plan, then applies it in one transaction (or not at all)."""

    def __init__(self, plan, user=None, source=""):
        self.plan = plan
        self.user = user
        self.source = source
        self.statuses = _vocabulary(MilestoneStatus)
        self.sides = _vocabulary(Side)
        self.url_validator = URLValidator(schemes=["http", "https"])

    def run(self, content, filename="", apply=True):
        """Read, check and (if every row is good and `apply`) write; returns an ImportResult."""
        result = ImportResult()
        try:
            table = read_table(content, filename)
        except ImportFileError as error:
            result.errors.append((1, str(error)))
            return result
        changes = self.check(table, result)
        if result.ok and apply:
            self.apply(changes, result)
        return result

    def check(self, table, result):
        if not table or not any(_text(cell) for cell in table[0]):
            result.errors.append((1, _("The file has no header row.")))
            return []
        header = [fold(_text(cell)) for cell in table[0]]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            result.errors.append((1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}))
            return []
        if len(table) - 1 > MAX_ROWS:
            result.errors.append((1, _("At most %(count)d rows at a time.") % {"count": MAX_ROWS}))
            return []
        columns = {name: header.index(name) for name in REQUIRED + OPTIONAL if name in header}
        activities = {fold(activity.code): activity for activity in self.plan.activity_queryset()}
        existing = {milestone.pk: milestone for milestone in progress_module.milestone_queryset(self.plan)}
        progress_module.attach_evidence(list(existing.values()), public=False)
        seen = {}
        changes = []
        for number, cells in enumerate(table[1:], start=2):
            if not any(_text(cell) for cell in cells):
                continue
            row = {name: (cells[index] if index < len(cells) else None) for name, index in columns.items()}
            change = self.check_row(number, row, activities, existing, seen, result)
            if change is not None:
                changes.append(change)
        return changes

    def check_row(self, number, row, activities, existing, seen, result):
        errors = []

        def fail(message):
            errors.append(message)

        milestone = None
        identifier = _text(row.get("id"))
        if identifier:
            try:
                pk = int(Decimal(identifier))
            except InvalidOperation:
                pk = None
            milestone = existing.get(pk)
            if milestone is None:
                fail(_("id %(id)s is not a milestone of this plan.") % {"id": identifier})
            elif pk in seen:
                fail(_("id %(id)s is also on line %(line)d.") % {"id": identifier, "line": seen[pk]})
            else:
                seen[pk] = number
        activity = activities.get(fold(_text(row.get("activity"))))
        if activity is None:
            fail(_("Unknown activity “%(code)s”.") % {"code": _text(row.get("activity"))})
        title = _text(row.get("title"))
        if not title:
            fail(_("The title is empty."))
        side = self.sides.get(fold(_text(row.get("side"))))
        if side is None:
            fail(_("Unknown side “%(value)s”.") % {"value": _text(row.get("side"))})
        status = self.statuses.get(fold(_text(row.get("status"))))
        if status is None:
            fail(_("Unknown status “%(value)s”.") % {"value": _text(row.get("status"))})
        try:
            due_on = _date(row.get("due_on"))
        except ValueError:
            due_on = None
            fail(_("Due date “%(value)s” is not a date (dd/mm/yyyy).") % {"value": _text(row.get("due_on"))})
        try:
            progress = _percent(row.get("progress"))
        except (InvalidOperation, ValueError):
            progress = None
            fail(_("Progress “%(value)s” is not a whole number.") % {"value": _text(row.get("progress"))})
        known_urls = {url for _label, url in milestone.shown_evidence} if milestone else set()
        new_urls = []
        for url in (part.strip() for part in _text(row.get("evidence")).split("|")):
            if not url or url in known_urls or url in new_urls:
                continue
            try:
                self.url_validator(url)
            except ValidationError:
                fail(_("Evidence “%(url)s” is not a full web address.") % {"url": url})
                continue
            new_urls.append(url)
        if errors:
            result.errors.extend((number, message) for message in errors)
            return None

        target = Milestone() if milestone is None else Milestone.objects.get(pk=milestone.pk)
        values = {
            "activity_id": activity.pk,
            "title": title,
            "title_en": _text(row.get("title_en")) if "title_en" in row else target.title_en,
            "title_az": _text(row.get("title_az")) if "title_az" in row else target.title_az,
            "side": side,
            "due_on": due_on,
            "status": status,
            "progress": progress,
            "status_note": _text(row.get("note")) if "note" in row else target.status_note,
        }
        changed = (
            milestone is None
            or new_urls
            or any(getattr(target, key) != value for key, value in values.items())
        )
        for key, value in values.items():
            setattr(target, key, value)
        target.evidence_count = len(known_urls) + len(new_urls)
        try:
            target.full_clean(exclude=["activity"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                label = "" if name == "__all__" else f"{name}: "
                result.errors.extend((number, f"{label}{message}") for message in messages)
            return None
        if not changed:
            result.unchanged += 1
            return None
        return target, new_urls, _text(row.get("reason"))

    @transaction.atomic
    def apply(self, changes, result):
        for milestone, new_urls, reason in changes:
            created = milestone.pk is None
            milestone.change_author = self.user
            milestone.change_reason = reason or _("Imported from %(file)s") % {
                "file": self.source or "spreadsheet"
            }
            milestone.save()
            MilestoneEvidence.objects.bulk_create(
                MilestoneEvidence(milestone=milestone, url=url, sort_order=index)
                for index, url in enumerate(new_urls, start=1000)
            )
            if created:
                result.created += 1
            else:
                result.updated += 1


def format_errors(errors):
    """The report as lines: "line 4: Unknown status “selesai!”."."""
    return [_("line %(line)d: %(message)s") % {"line": line, "message": message} for line, message in errors]
