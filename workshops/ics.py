"""iCalendar files (RFC 5545) for events and feeds, built with the `icalendar` library.

One VEVENT per session (one for the whole event when it has no agenda), times in the
event's own TZID with a VTIMEZONE block for every TZID used. UIDs come from the page's
translation key and the session's uid, so they survive edits and are shared by the
translations of one event; SEQUENCE is `WorkshopPage.ics_sequence` (grows with each
publish); a cancelled event keeps its VEVENTs with STATUS:CANCELLED so clients drop it.
"""

import datetime as dt
import re
import zoneinfo

import icalendar

from django.utils import timezone

PRODID = "-//Jembatan//Indonesia-Azerbaijan public service cooperation//EN"
UID_DOMAIN = "jembatan.workshops"
STAMP_FALLBACK = dt.datetime(2017, 7, 1, tzinfo=dt.UTC)
# C0 controls other than tab and newline (and DEL) have no place in a calendar text value.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value):
    """Plain text safe for a TEXT property: CR and CRLF become LF, other controls vanish.

    `icalendar` escapes `;`, `,`, `\\` and LF and folds long lines (by octets, never inside
    a UTF-8 sequence); a bare CR is the one thing it would pass through to break a line.
    """
    value = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub("", value)


def one_line(value):
    """A title or place on one line: every run of whitespace (newlines too) becomes one space."""
    return " ".join(clean_text(value).split())


def event_uid(page, session=None):
    if session is None:
        return f"{page.translation_key}@{UID_DOMAIN}"
    return f"{page.translation_key}.{session.uid}@{UID_DOMAIN}"


def location_of(page, session=None):
    place = ", ".join(
        part for part in (page.venue, page.city, page.country.name if page.country else "") if part
    )
    if session is not None and session.room:
        place = f"{session.room}, {place}" if place else session.room
    if not place and page.online_url:
        place = page.online_url
    return place


def vevents(page, url):
    """The VEVENTs of one page (its sessions must be prefetched with their speakers)."""
    zone = zoneinfo.ZoneInfo(page.time_zone)
    # The last publish; a page made in code without one gets a fixed stamp, so the body (and
    # its ETag) stays the same from one request to the next.
    stamp = page.last_published_at or page.first_published_at or STAMP_FALLBACK
    sessions = list(page.sessions.all()) or [None]
    for session in sessions:
        event = icalendar.Event()
        event.add("uid", event_uid(page, session))
        event.add("dtstamp", stamp)
        start, end = (session.start, session.end) if session else (page.start, page.end)
        event.add("dtstart", timezone.localtime(start, zone))
        event.add("dtend", timezone.localtime(end, zone))
        title = f"{session.title} · {page.title}" if session else page.title
        event.add("summary", one_line(title))
        description = [page.summary]
        if session is not None:
            speakers = ", ".join(person.name for person in session.speakers.all())
            description.append(speakers)
        description.append(url)
        event.add("description", clean_text("\n\n".join(part for part in description if part)))
        location = location_of(page, session)
        if location:
            event.add("location", one_line(location))
        event.add("url", url)
        event.add("sequence", page.ics_sequence)
        event.add("status", "CANCELLED" if page.cancelled else "CONFIRMED")
        event.add("last-modified", stamp)
        yield event


def calendar(pages, urls, name):
    """A VCALENDAR of `pages` (an iterable), `urls` mapping page pk to its absolute URL."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # An X- property has no declared type: say it is TEXT, so it is escaped like SUMMARY.
    cal.add("x-wr-calname", icalendar.vText(one_line(name)))
    for page in pages:
        for event in vevents(page, urls[page.pk]):
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
