"""Coordinators keep the tracker in the admin: edit statuses, import a CSV (all rows or none)."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cms.models import MPPStatus
from practices import areas
from practices.models import Area
from tests.factories import PROGRAMME_COORDINATORS, TRAINERS, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    areas.load()
    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    return client


def upload(text):
    return {"file": SimpleUploadedFile("status.csv", text.encode(), content_type="text/csv")}


def test_coordinator_imports_statuses(coordinator):
    response = coordinator.post(
        reverse("practices_import_statuses"), upload("code,mpp_status\n35.10,operating\n")
    )

    assert response.status_code == 302
    assert Area.objects.get(code="35.10").mpp_status == MPPStatus.OPERATING


def test_import_with_a_bad_row_shows_the_line_and_applies_nothing(coordinator):
    response = coordinator.post(
        reverse("practices_import_statuses"), upload("code,mpp_status\n35.10,operating\n35.78,open\n")
    )

    assert response.status_code == 400
    assert response.context["errors"] == [
        (
            3,
            "Status “open” tidak dikenal: gunakan salah satu dari "
            "operating, under_construction, planned, none.",
        )
    ]
    assert "Baris 3" in response.content.decode()
    assert Area.objects.get(code="35.10").mpp_status == MPPStatus.NONE


def test_coordinator_edits_an_area_status(coordinator):
    area = Area.objects.get(code="35.10")

    response = coordinator.post(
        reverse("wagtailsnippets_practices_area:edit", args=[area.pk]),
        {"mpp_status": "planned", "mpp_opened_on": "", "updated_on": "2025-12-20"},
    )

    area.refresh_from_db()
    assert response.status_code == 302
    assert (area.mpp_status, area.code, area.name) == ("planned", "35.10", "Kabupaten Banyuwangi")


def test_trainer_cannot_import(client):
    client.force_login(UserFactory(role=TRAINERS))

    response = client.get(reverse("practices_import_statuses"))

    # The admin turns a refusal into a redirect to its dashboard with a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
