"""CSV import of MPP statuses: every row is checked first; one bad row and nothing is applied.

Format (UTF-8, comma-separated, header required):
    code,mpp_status,mpp_opened_on,updated_on
    35.10,operating,2017-02-24,2025-12-20
`code` is an official code of a regency or city (or province) loaded by `load_areas`;
`mpp_status` one of operating, under_construction, planned, none; dates are YYYY-MM-DD or empty.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from cms.models import MPPStatus
from practices.models.tracker import Area

COLUMNS = ("code", "mpp_status", "mpp_opened_on", "updated_on")
MAX_ROWS = 5000


@dataclass
class ImportReport:
    """`errors` are (line number, message) pairs; `applied` counts the rows written (0 when any error)."""

    errors: list[tuple[int, str]] = field(default_factory=list)
    applied: int = 0

    @property
    def ok(self):
        return not self.errors


def _date(value, line, name, errors):
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.append(
            (
                line,
                _("%(column)s “%(value)s” is not a date like 2024-07-01.")
                % {"column": name, "value": value[:40]},
            )
        )
        return None


def import_statuses(data):
    """Check and apply a CSV (text or bytes); see the module docstring for the format."""
    report = ImportReport()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            report.errors.append((1, _("The file is not UTF-8 text.")))
            return report
    reader = csv.DictReader(io.StringIO(data))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [name for name in COLUMNS[:2] if name not in header]
    if missing:
        report.errors.append(
            (1, _("The header lacks the column(s): %(names)s.") % {"names": ", ".join(missing)})
        )
        return report
    areas = Area.objects.in_bulk(field_name="code")
    valid_statuses = set(MPPStatus.values)
    changes, seen = [], {}
    for number, row in enumerate(reader, start=2):
        if number > MAX_ROWS + 1:
            report.errors.append(
                (number, _("Import at most %(count)d rows at a time.") % {"count": MAX_ROWS})
            )
            break
        row = {
            (key or "").strip(): (value or "").strip() if isinstance(value, str) else ""
            for key, value in row.items()
        }
        if not any(row.values()):
            continue
        code, status = row.get("code", ""), row.get("mpp_status", "")
        area = areas.get(code)
        before = len(report.errors)
        if area is None:
            report.errors.append((number, _("Unknown area code “%(code)s”.") % {"code": code[:20]}))
        elif code in seen:
            report.errors.append(
                (number, _("Code %(code)s is already on line %(line)d.") % {"code": code, "line": seen[code]})
            )
        if status not in valid_statuses:
            report.errors.append(
                (
                    number,
                    _("Unknown status “%(status)s”: use one of %(choices)s.")
                    % {"status": status[:40], "choices": ", ".join(MPPStatus.values)},
                )
            )
        opened = _date(row.get("mpp_opened_on"), number, "mpp_opened_on", report.errors)
        checked = _date(row.get("updated_on"), number, "updated_on", report.errors)
        seen.setdefault(code, number)
        if len(report.errors) == before:
            area.mpp_status, area.mpp_opened_on, area.updated_on = status, opened, checked
            changes.append(area)
    if report.errors:
        return report
    with transaction.atomic():
        Area.objects.bulk_update(changes, ["mpp_status", "mpp_opened_on", "updated_on"], batch_size=500)
    report.applied = len(changes)
    return report
