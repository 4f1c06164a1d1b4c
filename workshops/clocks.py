"""Two clocks: each instant of an event in the event's own zone and in a second zone.

The second zone is the partner country's (Baku beside WIB, WITA or WIT; WIB beside
Baku) unless the reader picks another with `?tz=<IANA name>` (a plain GET form, no
JavaScript). An unknown `?tz=` is ignored, never an error.
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models.taxonomy import TimeZone

# Short names readers in both countries use; tzdata only knows "+04" for Baku.
ZONE_ABBREVIATIONS = {
    TimeZone.WIB: "WIB",
    TimeZone.WITA: "WITA",
    TimeZone.WIT: "WIT",
    TimeZone.BAKU: _("Baku"),
    "UTC": "UTC",
}
READER_ZONES = [*TimeZone.choices, ("UTC", "UTC")]


def partner_zone(event_zone):
    """The partner country's zone: Baku for an Indonesian event, Jakarta (WIB) for a Baku one."""
    return TimeZone.WIB if event_zone == TimeZone.BAKU else TimeZone.BAKU


@dataclass(frozen=True)
class ZonedTime:
    """One instant as read on one clock; `day_shift` counts days from the reference date."""

    local: dt.datetime
    abbreviation: str
    day_shift: int

    @property
    def iso(self):
        return self.local.isoformat(timespec="minutes")

    @property
    def other_day(self):
        return self.day_shift != 0


@dataclass(frozen=True)
class Clock:
    """The two zones a page shows: the event's, and the reader's choice or the partner's."""

    event_zone: str
    other_zone: str
    chosen: bool

    @property
    def zones(self):
        return (self.event_zone, self.other_zone)

    @property
    def choices(self):
        return READER_ZONES

    def read(self, instant, zone_name, reference):
        """`instant` on the clock of `zone_name`; `reference` is the date it is compared with."""
        local = timezone.localtime(instant, zoneinfo.ZoneInfo(zone_name))
        return ZonedTime(local, ZONE_ABBREVIATIONS[zone_name], (local.date() - reference).days)

    def span(self, start, end):
        """`{"event": (start, end), "other": (start, end)}` as ZonedTimes.

        Days are counted from the start's date in the event's zone, so a session from
        22:00 to 00:30 in Baku reads `00:30 (+1)` and, in WIT, both ends on the next day.
        """
        reference = timezone.localtime(start, zoneinfo.ZoneInfo(self.event_zone)).date()
        return {
            "event": tuple(self.read(value, self.event_zone, reference) for value in (start, end)),
            "other": tuple(self.read(value, self.other_zone, reference) for value in (start, end)),
        }


def clock_for(event_zone, requested=None):
    """The clock for an event in `event_zone` when the reader asked for `requested` (or nothing)."""
    valid = {name for name, _label in READER_ZONES}
    if requested in valid and requested != event_zone:
        return Clock(event_zone, requested, True)
    return Clock(event_zone, partner_zone(event_zone), False)


def reader_zone_choice(page, requested):
    return clock_for(page.time_zone, requested)
