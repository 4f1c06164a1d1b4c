"""The training section's demo content: the programme's real events, on the right clocks."""

import datetime as dt

import pytest

from workshops.models import WorkshopPage

pytestmark = pytest.mark.django_db


def test_demo_tot_baku_2018_in_baku_time(demo_site, client):
    tot = WorkshopPage.objects.get(slug="tot-baku-2018")

    response = client.get(tot.url)

    assert (tot.start, tot.end) == (
        dt.datetime(2018, 7, 4, 5, 0, tzinfo=dt.UTC),
        dt.datetime(2018, 7, 6, 13, 0, tzinfo=dt.UTC),
    )
    assert tot.venue == "ASAN Xidmat Center 3"
    assert [session.title for session, _span in response.context["agenda"]] == [
        "Model ASAN Xidmat: satu atap untuk banyak instansi",
        "Mengintegrasikan unit layanan di MPP",
        "Rencana tindak lanjut daerah",
    ]
    assert '<time datetime="2018-07-04T09:00+04:00">Rab 4 Jul 2018 09:00</time>' in response.content.decode()


def test_demo_events_in_indonesian_and_english(demo_site):
    pages = WorkshopPage.objects.live().order_by("start", "locale__language_code")

    assert [(page.slug, page.locale.language_code) for page in pages] == [
        ("tot-baku-2018-en", "en"),
        ("tot-baku-2018", "id"),
        ("action-plan-jakarta-2024", "en"),
        ("rencana-aksi-jakarta-2024", "id"),
        ("symposium-2025", "en"),
        ("simposium-2025", "id"),
        ("complaint-workshop-2027", "en"),
        ("lokakarya-pengaduan-2027", "id"),
    ]


def test_demo_english_agenda_in_english_with_shared_uids(demo_site):
    indonesian = WorkshopPage.objects.get(slug="rencana-aksi-jakarta-2024")
    english = WorkshopPage.objects.get(slug="action-plan-jakarta-2024")

    english_sessions = list(english.sessions.order_by("start"))
    assert [session.title for session in english_sessions][:2] == [
        "Ministerial meeting and signing of the action plan",
        "Audience with Vice President Ma'ruf Amin",
    ]
    assert [s.uid for s in english_sessions] == [s.uid for s in indonesian.sessions.order_by("start")]
    assert [person.name for person in english_sessions[1].speakers.all()] == ["Ma'ruf Amin"]
