"""The reader's own zone: the short list, or any IANA zone typed in a text field (no JavaScript)."""

import pytest

from cms.models.taxonomy import TimeZone
from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory, at
from workshops.clocks import canonical_zone, zone_label

pytestmark = pytest.mark.django_db


@pytest.fixture
def late_session():
    """A Jakarta workshop whose evening session starts at 23:30 WIB on 1 July 2024."""
    page = WorkshopPageFactory(start=at(2024, 7, 1, 9, 0), end=at(2024, 7, 2, 1, 0))
    WorkshopSessionFactory(
        page=page, title="Sesi malam", start=at(2024, 7, 1, 23, 30), end=at(2024, 7, 2, 0, 30)
    )
    return page


@pytest.mark.parametrize(
    "query",
    [
        {"tz_other": "Asia/Tokyo"},
        {"tz_other": " asia/tokyo "},
        {"tz": "Asia/Tokyo"},
        {"tz": "WIB", "tz_other": "Asia/Tokyo"},
    ],
)
def test_2330_wib_read_in_tokyo_the_next_day(client, late_session, query):
    response = client.get(late_session.url, query)

    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["clock"].other_zone == "Asia/Tokyo"
    assert (
        '<time datetime="2024-07-02T01:30+09:00">Sel 2 Jul 2024 01:30</time>–'
        '<time datetime="2024-07-02T02:30+09:00">Sel 2 Jul 02:30</time> Asia/Tokyo (UTC+9)'
    ) in content
    # The chosen zone stays selected in the short list, so the next submit keeps it.
    assert '<option value="Asia/Tokyo" selected>Asia/Tokyo</option>' in content
    assert 'aria-invalid="true"' not in content


@pytest.mark.parametrize(
    "typed", ["Mars/Olympus_Mons", "Asia/Tokyo/../../etc/passwd", "<b>Jakarta</b>", "x" * 300]
)
def test_invalid_zone_says_so_and_still_shows_the_event(client, late_session, typed):
    response = client.get(late_session.url, {"tz_other": typed})

    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["clock"].other_zone == TimeZone.BAKU
    assert response.context["reader_zone"].error
    assert "bukan nama zona waktu yang kami kenal" in content
    assert 'aria-invalid="true"' in content
    assert "<b>Jakarta</b>" not in content
    assert "Sesi malam" in content
    assert '<time datetime="2024-07-02T02:30+04:00">' not in content  # no half-chosen clock
    assert '<time datetime="2024-07-01T20:30+04:00">' in content  # 23:30 WIB in Baku


def test_invalid_typed_zone_keeps_a_valid_listed_one(client, late_session):
    response = client.get(late_session.url, {"tz": TimeZone.WIT, "tz_other": "Nowhere"})

    assert response.context["clock"].other_zone == TimeZone.WIT
    assert response.context["reader_zone"].error


def test_dst_zone_reads_each_instant_with_its_own_offset(client):
    # Europe/Berlin moves to summer time at 01:00 UTC on 30 March 2025: 07:30–08:30 WIB is
    # 01:30 CET (UTC+1) to 03:30 CEST (UTC+2).
    page = WorkshopPageFactory(start=at(2025, 3, 30, 7, 0), end=at(2025, 3, 30, 17, 0))
    WorkshopSessionFactory(
        page=page, title="Pembukaan", start=at(2025, 3, 30, 7, 30), end=at(2025, 3, 30, 8, 30)
    )
    winter = WorkshopPageFactory(start=at(2025, 1, 15, 9, 0), end=at(2025, 1, 15, 17, 0))

    content = client.get(page.url, {"tz_other": "Europe/Berlin"}).content.decode()
    winter_content = client.get(winter.url, {"tz_other": "Europe/Berlin"}).content.decode()

    assert (
        '<time datetime="2025-03-30T01:30+01:00">01:30</time>–'
        '<time datetime="2025-03-30T03:30+02:00">03:30</time> Europe/Berlin (UTC+1)'
    ) in content
    assert '<time datetime="2025-01-15T03:00+01:00">' in winter_content
    summer = WorkshopPageFactory(start=at(2025, 7, 15, 9, 0), end=at(2025, 7, 15, 17, 0))
    summer_content = client.get(summer.url, {"tz_other": "Europe/Berlin"}).content.decode()
    assert '<time datetime="2025-07-15T04:00+02:00">' in summer_content
    assert "Europe/Berlin (UTC+2)" in summer_content


def test_form_offers_a_short_list_and_a_small_datalist_not_every_zone(client, late_session):
    content = client.get(late_session.url).content.decode()

    assert '<select id="clock-tz" name="tz">' in content
    assert content.count("<option") < 40
    assert 'list="clock-tz-other-names"' in content
    assert '<option value="Europe/Berlin"></option>' in content


def test_listing_accepts_a_typed_zone_and_explains_a_bad_one(client):
    WorkshopPageFactory(title="Lokakarya nanti", start=at(2099, 1, 5, 23, 30), end=at(2099, 1, 6, 1, 0))

    good = client.get("/id/workshops/", {"tz_other": "Asia/Tokyo"})
    bad = client.get("/id/workshops/", {"tz_other": "Atlantis"})

    assert '<time datetime="2099-01-06T01:30+09:00">' in good.content.decode()
    assert good.context["tz"] == "Asia/Tokyo"
    assert bad.status_code == 200
    assert "bukan nama zona waktu yang kami kenal" in bad.content.decode()
    assert "Lokakarya nanti" in bad.content.decode()


def test_zone_names_and_labels():
    assert canonical_zone("EUROPE/berlin") == "Europe/Berlin"
    assert canonical_zone("") is None
    assert canonical_zone("Asia/Jakarta\r\n") == "Asia/Jakarta"
    assert canonical_zone("../Asia/Tokyo") is None
    import datetime as dt
    import zoneinfo

    kolkata = dt.datetime(2024, 7, 1, 12, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata"))
    assert zone_label("Asia/Kolkata", kolkata) == "Asia/Kolkata (UTC+5:30)"
    assert zone_label(TimeZone.WITA, kolkata) == "WITA"
