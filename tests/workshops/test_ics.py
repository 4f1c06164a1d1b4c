"""Calendar files: parse back to exactly the events and instants the pages show; hostile text stays inert."""

import datetime as dt
from unittest import mock

import icalendar
import pytest

from django.core.cache import caches

from wagtail.models import PageViewRestriction

from cms.models.taxonomy import TimeZone
from tests.factories import translate
from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory, at
from tests.workshops.measure import query_counts
from workshops.models import WorkshopKind

pytestmark = pytest.mark.django_db


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def uids(response):
    return [str(event["uid"]) for event in parse(response).walk("VEVENT")]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def instants(calendar):
    return sorted(
        (
            str(event["summary"]),
            event.decoded("dtstart").astimezone(dt.UTC),
            event.decoded("dtend").astimezone(dt.UTC),
        )
        for event in calendar.walk("VEVENT")
    )


def test_event_ics_has_one_vevent_per_session_with_the_page_instants(client):
    page = WorkshopPageFactory(
        title="ToT Baku",
        time_zone=TimeZone.BAKU,
        start=at(2018, 7, 4, 9, 0, TimeZone.BAKU),
        end=at(2018, 7, 6, 17, 0, TimeZone.BAKU),
    )
    WorkshopSessionFactory(
        page=page,
        title="Pembukaan",
        start=at(2018, 7, 4, 9, 0, TimeZone.BAKU),
        end=at(2018, 7, 4, 10, 0, TimeZone.BAKU),
    )
    WorkshopSessionFactory(
        page=page,
        title="Malam",
        start=at(2018, 7, 4, 22, 0, TimeZone.BAKU),
        end=at(2018, 7, 5, 0, 30, TimeZone.BAKU),
    )

    calendar = parse(client.get(f"/id/workshops/{page.pk}.ics"))
    shown = client.get(page.url).context["agenda"]

    assert instants(calendar) == sorted(
        (f"{session.title} · ToT Baku", session.start, session.end) for session, _span in shown
    )
    assert instants(calendar) == [
        (
            "Malam · ToT Baku",
            utc(2018, 7, 4, 18, 0),
            utc(2018, 7, 4, 20, 30),
        ),
        (
            "Pembukaan · ToT Baku",
            utc(2018, 7, 4, 5, 0),
            utc(2018, 7, 4, 6, 0),
        ),
    ]
    assert [str(event["dtstart"].params["TZID"]) for event in calendar.walk("VEVENT")] == [
        "Asia/Baku",
        "Asia/Baku",
    ]
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Baku"]


def test_event_without_sessions_is_one_vevent(client):
    page = WorkshopPageFactory(title="Simposium", start=at(2025, 12, 18, 9, 0), end=at(2025, 12, 18, 16, 0))

    calendar = parse(client.get(f"/id/workshops/{page.pk}.ics"))

    assert instants(calendar) == [
        (
            "Simposium",
            utc(2025, 12, 18, 2, 0),
            utc(2025, 12, 18, 9, 0),
        )
    ]
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == f"{page.translation_key}@jembatan.workshops"
    assert str(event["status"]) == "CONFIRMED"


def test_feed_has_vtimezone_for_every_tzid(client):
    WorkshopPageFactory(time_zone=TimeZone.BAKU, start=at(2018, 7, 4, 9, 0, TimeZone.BAKU))
    WorkshopPageFactory(time_zone=TimeZone.WITA, start=at(2026, 3, 2, 9, 0, TimeZone.WITA))
    WorkshopPageFactory(time_zone=TimeZone.WIT, start=at(2026, 4, 6, 9, 0, TimeZone.WIT))

    calendar = parse(client.get("/id/workshops/feeds/all.ics"))

    used = {str(event["dtstart"].params["TZID"]) for event in calendar.walk("VEVENT")}
    assert used == {"Asia/Baku", "Asia/Makassar", "Asia/Jayapura"}
    assert sorted(str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")) == sorted(used)


def test_uid_survives_edit_and_sequence_grows(client):
    page = WorkshopPageFactory()
    WorkshopSessionFactory(page=page, title="Sesi A")
    with mock.patch("django.utils.timezone.now", return_value=utc(2026, 1, 5, 8, 0)):
        page.save_revision().publish()
    first = parse(client.get(f"/id/workshops/{page.pk}.ics")).walk("VEVENT")[0]

    page.refresh_from_db()
    page.title = "Judul baru"
    with mock.patch("django.utils.timezone.now", return_value=utc(2026, 1, 5, 8, 1)):
        page.save_revision().publish()
    second = parse(client.get(f"/id/workshops/{page.pk}.ics")).walk("VEVENT")[0]

    assert str(second["uid"]) == str(first["uid"])
    assert (first["sequence"], second["sequence"]) == (268_732_800, 268_732_860)
    assert str(second["summary"]) == "Sesi A · Judul baru"


def test_translation_shares_uids(client):
    page = WorkshopPageFactory(slug="forum")
    WorkshopSessionFactory(page=page)
    translation = translate(page, "en", title="Forum", slug="forum-en")

    indonesian_uids = [
        str(e["uid"]) for e in parse(client.get(f"/id/workshops/{page.pk}.ics")).walk("VEVENT")
    ]
    english_uids = [
        str(e["uid"]) for e in parse(client.get(f"/en/workshops/{translation.pk}.ics")).walk("VEVENT")
    ]

    assert indonesian_uids == english_uids


def test_cancelled_event_stays_with_status_cancelled(client):
    page = WorkshopPageFactory(cancelled=True)
    WorkshopSessionFactory(page=page)

    calendar = parse(client.get("/id/workshops/feeds/all.ics"))

    assert [str(event["status"]) for event in calendar.walk("VEVENT")] == ["CANCELLED"]


HOSTILE = 'Rapat\r\nBEGIN:VEVENT\rUID:evil;\x1b "koma", titik;koma \\ 🇮🇩🇦🇿😀 ' + "panjang " * 60


def test_hostile_text_cannot_break_the_file(client):
    page = WorkshopPageFactory(title=HOSTILE[:255], summary=HOSTILE, venue=HOSTILE[:255])
    WorkshopSessionFactory(page=page, title=HOSTILE[:255], room=HOSTILE[:120])

    response = client.get(f"/id/workshops/{page.pk}.ics")

    calendar = parse(response)
    lines = response.content.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert [line for line in lines if line.startswith(b"BEGIN:")] == [
        b"BEGIN:VCALENDAR",
        b"BEGIN:VTIMEZONE",
        b"BEGIN:STANDARD",
        b"BEGIN:VEVENT",
    ]
    (event,) = calendar.walk("VEVENT")
    one_line = " ".join(HOSTILE[:255].replace("\x1b", "").split())
    assert str(event["summary"]) == f"{' '.join(HOSTILE[:255].replace(chr(27), '').split())} · {one_line}"
    assert str(event["description"]).startswith('Rapat\nBEGIN:VEVENT\nUID:evil; "koma", titik;koma \\ 🇮🇩🇦🇿😀')
    assert response.content.decode("utf-8")  # folding never splits a UTF-8 sequence


def test_only_live_public_events_in_feeds(client):
    public = WorkshopPageFactory(title="Terbuka")
    draft = WorkshopPageFactory(title="Draf", live=False)
    private = WorkshopPageFactory(title="Tertutup")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    calendar = parse(client.get("/id/workshops/feeds/all.ics"))

    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == ["Terbuka"]
    assert client.get(f"/id/workshops/{draft.pk}.ics").status_code == 404
    assert client.get(f"/id/workshops/{private.pk}.ics").status_code == 404
    assert public.live


def test_feeds_upcoming_and_by_kind(client):
    WorkshopPageFactory(title="Dulu", start=at(2018, 7, 4, 9))
    WorkshopPageFactory(title="Nanti", start=at(2099, 1, 5, 9), kind=WorkshopKind.TOT)

    upcoming = parse(client.get("/id/workshops/feeds/upcoming.ics"))
    tot = parse(client.get("/id/workshops/feeds/tot.ics"))

    assert [str(event["summary"]) for event in upcoming.walk("VEVENT")] == ["Nanti"]
    assert [str(event["summary"]) for event in tot.walk("VEVENT")] == ["Nanti"]
    assert str(tot["x-wr-calname"]) == "Jembatan · Pelatihan untuk pelatih (ToT)"
    assert client.get("/id/workshops/feeds/nothing.ics").status_code == 404


def test_feed_answers_head_and_conditional_get(client, settings):
    # A full local-memory cache culls keys at random; start empty so the stamp stays put.
    caches[settings.PAGE_CACHE_ALIAS].clear()
    WorkshopPageFactory()

    full = client.get("/id/workshops/feeds/all.ics")
    head = client.head("/id/workshops/feeds/all.ics")
    by_etag = client.get("/id/workshops/feeds/all.ics", headers={"if-none-match": full["ETag"]})
    by_date = client.get("/id/workshops/feeds/all.ics", headers={"if-modified-since": full["Last-Modified"]})

    assert head.status_code == 200
    assert head["ETag"] == full["ETag"]
    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert client.post("/id/workshops/feeds/all.ics").status_code == 405


def test_feed_etag_changes_when_an_event_changes(client):
    page = WorkshopPageFactory(title="Sebelum")
    before = client.get("/id/workshops/feeds/all.ics")

    page.title = "Sesudah"
    page.save_revision().publish()
    after = client.get("/id/workshops/feeds/all.ics", headers={"if-none-match": before["ETag"]})

    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]


@pytest.mark.query_count("workshops:feed_all", "workshops:event_ics")
@pytest.mark.parametrize("url", ["/id/workshops/feeds/all.ics", "ics"])
def test_calendar_files_query_count_same_for_1_3_50(client, django_assert_max_num_queries, url):
    pages = []

    def grow(size):
        # The feed grows by events of two sessions; the event file by sessions of its one event.
        while len(pages) < (size if url != "ics" else 1):
            pages.append(WorkshopPageFactory())
            WorkshopSessionFactory.create_batch(2, page=pages[-1])
        while url == "ics" and pages[0].sessions.count() < size:
            WorkshopSessionFactory(page=pages[0])

    target = (lambda: f"/id/workshops/{pages[0].pk}.ics") if url == "ics" else url
    counts = query_counts(client, django_assert_max_num_queries, target, grow)

    assert counts[1] == counts[3] == counts[50]
