"""Two clocks: each instant of an event in the event's own zone and in a second zone.

The second zone is the partner country's (Baku beside WIB, WITA or WIT; WIB beside
Baku) unless the reader picks another, without JavaScript: `?tz=<name>` from the short
list (WIB, WITA, WIT, Baku, UTC) or `?tz_other=<IANA name>` typed in a text field (any
zone of the tz database, e.g. Europe/Berlin, Asia/Tokyo; case does not matter). A name
that is not a zone is never an error: the page shows the partner's clock and says why
(`ReaderZone.error`).
"""

import datetime as dt
import functools
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
SHORT_ZONES = frozenset(name for name, _label in READER_ZONES)
# Suggested in the text field's datalist: the zones of the programme's partners, visitors and
# trainers abroad. Any other zone of the tz database is accepted when typed.
SUGGESTED_ZONES = (
    "Africa/Cairo",
    "America/New_York",
    "Asia/Almaty",
    "Asia/Bangkok",
    "Asia/Dubai",
    "Asia/Istanbul",
    "Asia/Kolkata",
    "Asia/Kuala_Lumpur",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tashkent",
    "Asia/Tbilisi",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Istanbul",
    "Europe/London",
    "Europe/Moscow",
    "Europe/Paris",
)
MAX_ZONE_NAME = 64  # the longest name in the tz database has 32 characters


@functools.cache
def known_zones():
    """{lower-case name: IANA name} of every zone the tz database has (about 600), read once."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def canonical_zone(value):
    """The IANA name for `value` ("europe/berlin" → "Europe/Berlin"), or None when it names no zone."""
    value = (value or "").strip()
    if not value or len(value) > MAX_ZONE_NAME:
        return None
    return known_zones().get(value.lower())


def zone_label(zone_name, instant):
    """How a clock is named beside a time: WIB, WITA, WIT, Baku, UTC, or 'Asia/Tokyo (UTC+9)'.

    The offset is the one in force at `instant`, so a DST zone reads 'Europe/Berlin (UTC+2)'
    in July and '(UTC+1)' in January.
    """
    if zone_name in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[zone_name]
    offset = instant.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"{zone_name.replace('_', ' ')} (UTC{sign}{hours}{f':{rest:02d}' if rest else ''})"


@dataclass(frozen=True)
class ReaderZone:
    """What the reader asked for: `zone` (an IANA name or None), the `typed` text, an `error` message."""

    zone: str | None = None
    typed: str = ""
    error: str = ""


def reader_zone(query):
    """The reader's zone from a request's GET mapping: `tz_other` (typed) wins over `tz` (the list).

    A typed name that is no zone gives `ReaderZone(zone=<tz if valid>, typed=…, error=…)`;
    an invalid `tz` alone is dropped silently (the form never sends one).
    """
    typed = (query.get("tz_other") or "").strip()
    listed = canonical_zone(query.get("tz"))
    if typed:
        zone = canonical_zone(typed)
        if zone is None:
            message = _(
                "“%(zone)s” is not a time zone name we know. Write it as Region/City, "
                "e.g. Europe/Berlin or Asia/Tokyo."
            )
            return ReaderZone(listed, typed[:MAX_ZONE_NAME], message % {"zone": typed[:MAX_ZONE_NAME]})
        return ReaderZone(zone, typed[:MAX_ZONE_NAME])
    return ReaderZone(listed)


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
        """The short list, with the reader's own zone added (selected) when it is another one."""
        if self.other_zone in SHORT_ZONES:
            return READER_ZONES
        return [*READER_ZONES, (self.other_zone, self.other_zone.replace("_", " "))]

    @property
    def suggestions(self):
        return SUGGESTED_ZONES

    def read(self, instant, zone_name, reference):
        """`instant` on the clock of `zone_name`; `reference` is the date it is compared with."""
        local = timezone.localtime(instant, zoneinfo.ZoneInfo(zone_name))
        return ZonedTime(local, zone_label(zone_name, local), (local.date() - reference).days)

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
    """The clock for an event in `event_zone` when the reader asked for `requested` (or nothing).

    `requested` is any IANA name (checked again here: an unknown one gives the partner's clock).
    """
    requested = canonical_zone(requested)
    if requested and requested != event_zone:
        return Clock(event_zone, requested, True)
    return Clock(event_zone, partner_zone(event_zone), False)
