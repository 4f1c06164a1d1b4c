"""Feedback on events: anonymous, within its window, bad input re-rendered, read only in the admin."""

import datetime as dt

import pytest

from django.utils import timezone

from tests.factories import PROGRAMME_COORDINATORS, TRAINERS, UserFactory
from tests.factories.workshops import EventFeedbackFactory, WorkshopPageFactory
from workshops.models import EventFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_event():
    now = timezone.now()
    return WorkshopPageFactory(
        title="Lokakarya MPP", start=now - dt.timedelta(days=2), end=now - dt.timedelta(days=1)
    )


def url(page):
    return f"/id/workshops/{page.pk}/feedback/"


def test_feedback_stored_without_personal_data(client, held_event):
    response = client.post(url(held_event), {"rating": "4", "comment": "Praktis dan jelas."})

    assert response.status_code == 302
    assert response["Location"] == f"{url(held_event)}?sent=1"
    assert list(EventFeedback.objects.values_list("rating", "comment", "language")) == [
        (4, "Praktis dan jelas.", "id")
    ]
    thanks = client.get(response["Location"]).content.decode()
    assert "Terima kasih: para pelatih akan membaca masukan Anda." in thanks


def test_feedback_comment_drops_control_characters_and_keeps_line_ends(client, held_event):
    client.post(url(held_event), {"rating": "5", "comment": "Jelas.\x01\r\nPraktis\x0bsekali."})

    assert list(EventFeedback.objects.values_list("comment", flat=True)) == ["Jelas.\r\nPraktis\nsekali."]


@pytest.mark.parametrize(
    "data", [{}, {"rating": "9"}, {"rating": "x"}, {"rating": "3", "comment": "a" * 2001}]
)
def test_bad_feedback_rerenders_and_stores_nothing(client, held_event, data):
    response = client.post(url(held_event), data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert EventFeedback.objects.count() == 0


@pytest.mark.parametrize(
    ("days", "message"),
    [(+10, "Masukan dibuka saat acara dimulai."), (-90, "Masukan untuk acara ini sudah ditutup.")],
)
def test_feedback_outside_its_window_refused(client, days, message):
    now = timezone.now()
    page = WorkshopPageFactory(
        start=now + dt.timedelta(days=days), end=now + dt.timedelta(days=days, hours=3)
    )

    response = client.post(url(page), {"rating": "5"})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert EventFeedback.objects.count() == 0


def test_event_page_links_feedback_once_held(client, held_event):
    content = client.get(held_event.url).content.decode()

    assert f'<a href="{url(held_event)}">Beri masukan</a>' in content


@pytest.mark.parametrize("role", [TRAINERS, PROGRAMME_COORDINATORS])
def test_trainers_and_coordinators_read_feedback(client, held_event, role):
    EventFeedbackFactory(workshop=held_event)
    client.force_login(UserFactory(role=role))

    response = client.get("/admin/event-feedback/")

    assert response.status_code == 200
    assert "Lokakarya MPP" in response.content.decode()
