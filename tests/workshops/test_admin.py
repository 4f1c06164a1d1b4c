"""The editor's path: a trainer creates a workshop through the admin, typing times in the event's zone."""

import datetime as dt

import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from tests.factories import TRAINERS, UserFactory, section_page
from workshops.models import TrainingIndexPage, WorkshopPage

pytestmark = pytest.mark.django_db


def form(**changes):
    data = {
        "title": "ToT Baku",
        "slug": "tot-baku",
        "summary": "",
        "kind": "tot",
        "time_zone": "Asia/Baku",
        "start": "2018-07-04 09:00",
        "end": "2018-07-06 17:00",
        "venue": "ASAN Xidmat Center 3",
        "city": "Baku",
        "online_url": "",
        "in_indonesian": "on",
        "description": rich_text(""),
        "capacity": "",
        "registration_opens": "",
        "registration_closes": "",
        "sessions": inline_formset(
            [
                {
                    "start": "2018-07-04 22:00",
                    "end": "2018-07-05 00:30",
                    "title": "Makan malam",
                    "room": "",
                    "language": "id",
                }
            ]
        ),
        "action-publish": "publish",
    }
    data.update(changes)
    return nested_form_data(data)


def create_url():
    parent = section_page(TrainingIndexPage)
    return f"/admin/pages/add/workshops/workshoppage/{parent.pk}/"


def test_trainer_creates_workshop_with_times_in_the_event_zone(client):
    client.force_login(UserFactory(role=TRAINERS))

    response = client.post(create_url(), form())

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = WorkshopPage.objects.get(slug="tot-baku")
    (session,) = page.sessions.all()
    assert (page.start, page.end) == (
        dt.datetime(2018, 7, 4, 5, 0, tzinfo=dt.UTC),
        dt.datetime(2018, 7, 6, 13, 0, tzinfo=dt.UTC),
    )
    assert (session.start, session.end) == (
        dt.datetime(2018, 7, 4, 18, 0, tzinfo=dt.UTC),
        dt.datetime(2018, 7, 4, 20, 30, tzinfo=dt.UTC),
    )


def test_edit_form_shows_times_in_the_event_zone(client):
    client.force_login(UserFactory(role=TRAINERS))
    client.post(create_url(), form())
    page = WorkshopPage.objects.get(slug="tot-baku")

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    content = response.content.decode()
    assert 'value="2018-07-04 09:00"' in content
    assert 'value="2018-07-05 00:30"' in content


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end": "2018-07-04 08:00"}, "Acara harus berakhir setelah dimulai."),
        ({"venue": "", "city": ""}, "Isi tempat dan kota, atau tautan daring."),
        (
            {"registration_opens": "2018-06-01 00:00"},
            "Isi kedua batas masa pendaftaran, atau kosongkan keduanya.",
        ),
    ],
)
def test_bad_workshop_rerenders_with_errors(client, changes, message):
    client.force_login(UserFactory(role=TRAINERS))

    response = client.post(create_url(), form(**changes))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not WorkshopPage.objects.filter(slug="tot-baku").exists()


def test_session_outside_the_event_is_refused(client):
    client.force_login(UserFactory(role=TRAINERS))
    data = form()
    data["sessions-0-start"] = "2018-07-08 09:00"
    data["sessions-0-end"] = "2018-07-08 10:00"

    response = client.post(create_url(), data)

    assert response.status_code == 200
    assert "Sesi harus berlangsung di antara awal dan akhir acara." in response.content.decode()
    assert not WorkshopPage.objects.filter(slug="tot-baku").exists()


def test_session_without_end_rerenders_with_error(client):
    client.force_login(UserFactory(role=TRAINERS))
    data = form()
    data["sessions-0-end"] = "bukan tanggal"

    response = client.post(create_url(), data)

    assert response.status_code == 200
    assert not WorkshopPage.objects.filter(slug="tot-baku").exists()
