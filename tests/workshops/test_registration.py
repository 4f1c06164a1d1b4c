"""Registration: seats, waiting list, duplicates, bad input, cancellation links, privacy, the roster."""

import base64
import datetime as dt
import re

import icalendar
import pytest

from django.core import mail

from tests.factories.workshops import RegistrationFactory, WorkshopPageFactory, at
from workshops.models import Registration, RegistrationStatus
from workshops.registration import cancel_token

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Siti Rahma",
    "institution": "DPMPTSP Kota Padang",
    "region": "Kota Padang",
    "role": "Kepala Bidang",
    "email": "Siti@Example.ID",
}


@pytest.fixture
def open_event():
    return WorkshopPageFactory(title="Lokakarya MPP", registration_open=True, capacity=2)


def post(client, page, **changes):
    return client.post(f"/id/workshops/{page.pk}/register/", {**VALID, **changes})


def test_registration_confirms_then_waits_when_full(client, open_event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, open_event, email="a@example.id")
        post(client, open_event, email="b@example.id")
        third = post(client, open_event, email="c@example.id")

    assert first.status_code == 302
    assert first["Location"] == third["Location"] == f"/id/workshops/{open_event.pk}/registered/"
    assert list(Registration.objects.values_list("email", "status")) == [
        ("a@example.id", "confirmed"),
        ("b@example.id", "confirmed"),
        ("c@example.id", "waiting"),
    ]
    assert [message.to for message in mail.outbox] == [["a@example.id"], ["b@example.id"], ["c@example.id"]]


def test_confirmation_email_attaches_the_event_ics(client, open_event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, open_event)

    (message,) = mail.outbox
    assert message.subject == "Pendaftaran Anda: Lokakarya MPP"
    ((filename, content, mimetype),) = message.attachments
    assert (filename, mimetype) == (f"{open_event.slug}.ics", "text/calendar")
    (event,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert event.decoded("dtstart").astimezone(dt.UTC) == open_event.start
    assert "http://testserver/id/workshops/cancel/" in message.body


def test_registration_stores_normalised_fields(client, open_event):
    post(client, open_event, name="  Siti   Rahma ")

    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.language) == (
        "Siti Rahma",
        "siti@example.id",
        "id",
    )
    assert registration.event_key == open_event.translation_key


def test_registration_drops_invisible_control_characters(client, open_event):
    post(client, open_event, name="Siti\x01 Rahma\x0bPutri", institution="DPMPTSP\x7f Padang")

    assert list(Registration.objects.values_list("name", "institution")) == [
        ("Siti Rahma Putri", "DPMPTSP Padang")
    ]


def test_duplicate_registration_stores_nothing_and_answers_like_a_new_one(
    client, open_event, django_capture_on_commit_callbacks
):
    # Nobody may learn from the form whether an address registered: the page is the same,
    # and only the address's owner hears (again) where they stand, with the cancel link.
    with django_capture_on_commit_callbacks(execute=True):
        new = post(client, open_event)
        again = post(client, open_event, email="SITI@example.id")

    assert (new.status_code, again.status_code, new["Location"] == again["Location"]) == (302, 302, True)
    assert Registration.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["siti@example.id"], ["siti@example.id"]]
    assert "/id/workshops/cancel/" in mail.outbox[1].body


def test_empty_registration_post_lists_every_required_field(client, open_event):
    response = client.post(f"/id/workshops/{open_event.pk}/register/", {})

    assert response.status_code == 400
    assert sorted(response.context["form"].errors) == ["email", "institution", "name", "role"]
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"name": ""}, "name"), ({"email": "bukan-email"}, "email"), ({"role": " "}, "role")],
)
def test_bad_input_rerenders_with_errors_and_stores_nothing(client, open_event, changes, field):
    response = post(client, open_event, **changes)

    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert f'id="id_{field}_error"' in response.content.decode()
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    ("window", "message"),
    [
        (
            {"registration_opens": at(2098, 1, 1), "registration_closes": at(2099, 1, 1)},
            "Pendaftaran belum dibuka.",
        ),
        (
            {"registration_opens": at(2020, 1, 1), "registration_closes": at(2021, 1, 1)},
            "Pendaftaran sudah ditutup.",
        ),
        ({"cancelled": True}, "Acara ini dibatalkan."),
    ],
)
def test_registration_outside_window_refused(client, open_event, window, message):
    for name, value in window.items():
        setattr(open_event, name, value)
    open_event.save()

    response = post(client, open_event)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert Registration.objects.count() == 0


def test_register_unknown_or_draft_event_is_404(client, open_event):
    open_event.unpublish()

    assert client.get(f"/id/workshops/{open_event.pk}/register/").status_code == 404
    assert client.get("/id/workshops/999999/register/").status_code == 404


def test_cancel_link_asks_then_cancels_and_promotes_the_first_waiting(
    client, open_event, django_capture_on_commit_callbacks
):
    seat = RegistrationFactory(workshop=open_event, status=RegistrationStatus.CONFIRMED)
    RegistrationFactory(workshop=open_event, status=RegistrationStatus.CONFIRMED)
    waiting = RegistrationFactory(
        workshop=open_event, status=RegistrationStatus.WAITING, email="w@example.id"
    )
    RegistrationFactory(workshop=open_event, status=RegistrationStatus.WAITING)
    url = f"/id/workshops/cancel/{cancel_token(seat)}/"

    asked = client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url)

    assert asked.status_code == 200
    assert 'Batalkan pendaftaran Anda untuk "Lokakarya MPP"?' in asked.content.decode()
    assert done.status_code == 200
    seat.refresh_from_db()
    waiting.refresh_from_db()
    assert (seat.status, waiting.status) == (RegistrationStatus.CANCELLED, RegistrationStatus.CONFIRMED)
    assert [message.to for message in mail.outbox] == [["w@example.id"]]


def test_replayed_or_tampered_cancel_link_is_refused(client, open_event):
    registration = RegistrationFactory(workshop=open_event)
    token = cancel_token(registration)
    client.post(f"/id/workshops/cancel/{token}/")

    replayed = client.post(f"/id/workshops/cancel/{token}/")
    tampered = client.post(f"/id/workshops/cancel/{token[:-2]}xx/")
    garbage = client.get("/id/workshops/cancel/%3Cscript%3E/")

    assert (replayed.status_code, tampered.status_code, garbage.status_code) == (400, 400, 400)
    assert "Pendaftaran ini sudah dibatalkan." in replayed.content.decode()
    assert "Tautan pembatalan ini tidak sah." in tampered.content.decode()


def test_flood_of_posts_is_limited(client, open_event):
    statuses = [post(client, open_event, email=f"p{n}@example.id").status_code for n in range(12)]

    assert statuses == [302, 302] + [302] * 8 + [429, 429]
    assert Registration.objects.count() == 10


def test_personal_data_never_public(client, open_event):
    RegistrationFactory(workshop=open_event, name="Rahasia Pribadi", email="rahasia@example.id")

    pages = [
        client.get(open_event.url),
        client.get("/id/workshops/"),
        client.get(f"/id/workshops/{open_event.pk}.ics"),
        client.get("/id/workshops/feeds/all.ics"),
        client.get(f"/id/workshops/{open_event.pk}/registered/"),
        client.get("/id/search/", {"q": "Rahasia"}),
    ]

    for response in pages:
        assert response.status_code == 200
        assert b"Rahasia Pribadi" not in response.content
        assert b"rahasia@example.id" not in response.content


def test_registration_pages_are_never_cached(client, open_event):
    response = client.get(f"/id/workshops/{open_event.pk}/register/")

    assert re.search(r"no-store", response["Cache-Control"])
    assert "private" in response["Cache-Control"]


def test_workshop_found_by_search_but_never_its_registrants(client, open_event):
    from search.indexing import rebuild

    RegistrationFactory(workshop=open_event, name="Rahasia Pribadi", email="rahasia@example.id")
    rebuild()

    found = client.get("/id/search/", {"q": "Lokakarya MPP"})
    registrant = client.get("/id/search/", {"q": "Rahasia Pribadi"})

    assert [hit.title for hit in found.context["results"].hits] == ["<mark>Lokakarya</mark> <mark>MPP</mark>"]
    assert (registrant.context["results"].total, registrant.context["results"].hits) == (0, [])


def test_cancel_link_never_carries_the_email_address(open_event):
    registration = RegistrationFactory(workshop=open_event, email="rahasia@example.id")
    token = cancel_token(registration)
    payload = token.split(":")[0]

    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
    assert "rahasia" not in token
    assert "rahasia" not in decoded
