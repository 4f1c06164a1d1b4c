"""Workshop pages: what an event page shows, on two clocks, with its agenda, in few queries."""

import datetime as dt

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.models.taxonomy import TimeZone
from tests.factories import CountryFactory, InstitutionFactory, PersonFactory
from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory, at
from tests.workshops.measure import query_counts
from workshops.models import WorkshopKind

pytestmark = pytest.mark.django_db


def test_workshop_page_shows_place_organisers_languages(client):
    indonesia = CountryFactory(name="Indonesia", code="ID")
    organiser = InstitutionFactory(name="KemenPANRB")
    page = WorkshopPageFactory(
        title="Forum berbagi pengetahuan",
        kind=WorkshopKind.FORUM,
        venue="Kantor KemenPANRB",
        city="Jakarta",
        country=indonesia,
        in_english=True,
    )
    page.organisers.set([organiser])
    page.save_revision().publish()

    response = client.get(page.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "<dd>Kantor KemenPANRB, Jakarta, Indonesia" in content
    assert f'<dd><a href="{organiser.get_url()}">KemenPANRB</a></dd>' in content
    assert "<dt>Bahasa</dt><dd>Bahasa Indonesia, Bahasa Inggris</dd>" in content


def test_workshop_page_shows_event_and_partner_clock(client):
    page = WorkshopPageFactory(start=at(2024, 7, 1, 9, 0), end=at(2024, 7, 1, 17, 0))

    content = client.get(page.url).content.decode()

    assert (
        '<time datetime="2024-07-01T09:00+07:00">Sen 1 Jul 2024 09:00</time>–'
        '<time datetime="2024-07-01T17:00+07:00">Sen 1 Jul 17:00</time> WIB' in content
    )
    assert (
        '<time datetime="2024-07-01T06:00+04:00">Sen 1 Jul 2024 06:00</time>–'
        '<time datetime="2024-07-01T14:00+04:00">Sen 1 Jul 14:00</time> Baku' in content
    )


def test_workshop_session_at_2330_wib_reads_2030_in_baku(client):
    page = WorkshopPageFactory(start=at(2024, 7, 1, 9, 0), end=at(2024, 7, 2, 1, 0))
    WorkshopSessionFactory(page=page, title="Malam", start=at(2024, 7, 1, 23, 30), end=at(2024, 7, 2, 0, 30))

    response = client.get(page.url)

    ((session, span),) = response.context["agenda"]
    assert [(t.local.strftime("%Y-%m-%d %H:%M"), t.abbreviation, t.day_shift) for t in span["event"]] == [
        ("2024-07-01 23:30", "WIB", 0),
        ("2024-07-02 00:30", "WIB", 1),
    ]
    assert [
        (t.local.strftime("%Y-%m-%d %H:%M"), str(t.abbreviation), t.day_shift) for t in span["other"]
    ] == [
        ("2024-07-01 20:30", "Baku", 0),
        ("2024-07-01 21:30", "Baku", 0),
    ]
    content = response.content.decode()
    assert (
        '<time datetime="2024-07-01T23:30+07:00">23:30</time>–'
        '<time datetime="2024-07-02T00:30+07:00">Sel 2 Jul 00:30</time> WIB' in content
    )
    assert (
        '<time datetime="2024-07-01T20:30+04:00">20:30</time>–'
        '<time datetime="2024-07-01T21:30+04:00">21:30</time> Baku' in content
    )


def test_baku_session_crosses_midnight_in_wit(client):
    page = WorkshopPageFactory(
        time_zone=TimeZone.BAKU,
        start=at(2018, 7, 4, 9, 0, TimeZone.BAKU),
        end=at(2018, 7, 6, 23, 0, TimeZone.BAKU),
    )
    WorkshopSessionFactory(
        page=page,
        title="Makan malam",
        start=at(2018, 7, 4, 19, 0, TimeZone.BAKU),
        end=at(2018, 7, 4, 21, 0, TimeZone.BAKU),
    )

    response = client.get(page.url, {"tz": TimeZone.WIT})

    content = response.content.decode()
    assert response.context["clock"].other_zone == TimeZone.WIT
    assert (
        '<time datetime="2018-07-05T00:00+09:00">Kam 5 Jul 2018 00:00</time>–'
        '<time datetime="2018-07-05T02:00+09:00">Kam 5 Jul 02:00</time> WIT' in content
    )
    assert '<option value="Asia/Jayapura" selected>WIT (UTC+9)</option>' in content


def test_workshop_multi_day_event_shows_both_dates(client):
    page = WorkshopPageFactory(
        time_zone=TimeZone.BAKU,
        start=at(2018, 7, 4, 9, 0, TimeZone.BAKU),
        end=at(2018, 7, 6, 17, 0, TimeZone.BAKU),
    )

    content = client.get(page.url).content.decode()

    assert (
        '<time datetime="2018-07-04T09:00+04:00">Rab 4 Jul 2018 09:00</time>–'
        '<time datetime="2018-07-06T17:00+04:00">Jum 6 Jul 17:00</time> Baku' in content
    )
    assert (
        '<time datetime="2018-07-04T12:00+07:00">Rab 4 Jul 2018 12:00</time>–'
        '<time datetime="2018-07-06T20:00+07:00">Jum 6 Jul 20:00</time> WIB' in content
    )


def test_workshop_unknown_zone_falls_back_to_partner_clock(client):
    page = WorkshopPageFactory()

    response = client.get(page.url, {"tz": "Europe/Nowhere\r\n"})

    assert response.status_code == 200
    assert response.context["clock"].other_zone == TimeZone.BAKU
    assert response.context["clock"].chosen is False


def test_workshop_agenda_lists_speakers_in_time_order(client):
    page = WorkshopPageFactory()
    later = WorkshopSessionFactory(page=page, title="Kedua", start=page.start + dt.timedelta(hours=2))
    first = WorkshopSessionFactory(page=page, title="Pertama")
    trainer = PersonFactory(name="Noviana Andrina")
    first.speakers.set([trainer])
    first.save()

    response = client.get(page.url)

    assert [session.title for session, _span in response.context["agenda"]] == [first.title, later.title]
    assert f'<a href="{trainer.get_url()}">Noviana Andrina</a>' in response.content.decode()


def test_cancelled_workshop_says_so(client):
    page = WorkshopPageFactory(cancelled=True)

    content = client.get(page.url).content.decode()

    assert "<strong>Acara ini dibatalkan.</strong>" in content


@pytest.mark.query_count("workshops.WorkshopPage")
def test_workshop_page_query_count_same_for_1_3_50_sessions(client, django_assert_max_num_queries):
    page = WorkshopPageFactory(country=CountryFactory())

    def grow(size):
        while page.sessions.count() < size:
            session = WorkshopSessionFactory(page=page)
            session.speakers.set(PersonFactory.create_batch(2))
            session.save()
        page.organisers.set(InstitutionFactory.create_batch(size))

    counts = query_counts(client, django_assert_max_num_queries, page.url, grow)

    assert len(client.get(page.url).context["agenda"]) == 50
    assert counts[1] == counts[3] == counts[50]


def test_agenda_lists_public_materials_only(client):

    root = Collection.get_first_root_node()
    private = root.add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    Document = get_document_model()
    handout = Document.objects.create(title="Modul MPP", file=ContentFile(b"%PDF-1.4", name="modul.pdf"))
    memo = Document.objects.create(
        title="Catatan internal", file=ContentFile(b"%PDF-1.4", name="memo.pdf"), collection=private
    )
    page = WorkshopPageFactory()
    session = WorkshopSessionFactory(page=page)
    session.materials.set([handout, memo])
    session.save()

    response = client.get(page.url)

    ((shown, _span),) = response.context["agenda"]
    assert [document.title for document in shown.materials.all()] == ["Modul MPP"]
    assert "Catatan internal" not in response.content.decode()


def test_home_page_counts_public_workshops(client):
    WorkshopPageFactory.create_batch(2)
    WorkshopPageFactory(live=False)

    response = client.get("/id/")

    figures = {figure.label: (figure.value, figure.url) for figure in response.context["figures"]}
    assert figures["Lokakarya, forum dan kunjungan"] == (2, "/id/workshops/")
