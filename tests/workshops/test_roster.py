"""The coordinators' roster: who sees it, and exports a spreadsheet program opens safely."""

import csv
import io

import openpyxl
import pytest

from tests.factories import PROGRAMME_COORDINATORS, TRAINERS, UserFactory
from tests.factories.workshops import RegistrationFactory

pytestmark = pytest.mark.django_db

URL = "/admin/registrations/"


@pytest.fixture
def coordinator(client):
    user = UserFactory(role=PROGRAMME_COORDINATORS)
    client.force_login(user)
    return user


def test_coordinator_sees_the_roster(client, coordinator):
    RegistrationFactory(name="Siti Rahma", workshop__title="Lokakarya MPP")

    response = client.get(URL)

    assert response.status_code == 200
    assert "Siti Rahma" in response.content.decode()


@pytest.mark.parametrize("role", [TRAINERS, None])
def test_others_never_see_the_roster(client, role):
    RegistrationFactory(name="Siti Rahma")
    client.force_login(UserFactory(role=role) if role else UserFactory())

    response = client.get(URL)

    assert response.status_code in (302, 403)
    assert b"Siti Rahma" not in response.content


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_csv_export_neutralises_formulas(client, coordinator):
    RegistrationFactory(name='=HYPERLINK("http://evil")', institution="+62 812 3456", role="@SUM(A1)")

    response = client.get(URL, {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["Lokakarya", "Nama", "Lembaga", "Daerah"]
    assert rows[1][1:3] == ['\'=HYPERLINK("http://evil")', "'+62 812 3456"]
    assert rows[1][4] == "'@SUM(A1)"


def test_xlsx_export_keeps_text_as_text(client, coordinator):
    RegistrationFactory(name="=1+1", institution="+62 812 3456")

    response = client.get(URL, {"export": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    name, institution = sheet.cell(row=2, column=2), sheet.cell(row=2, column=3)
    assert (name.value, name.data_type) == ("=1+1", "s")
    assert (institution.value, institution.data_type) == ("+62 812 3456", "s")


def test_xlsx_export_of_a_name_with_control_characters_is_not_a_server_error(client, coordinator):
    # Stored before the form removed them: the export must still open.
    RegistrationFactory(name="Siti\x01 Rahma", institution="DPMPTSP\x0bPadang")

    response = client.get(URL, {"export": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert (sheet.cell(row=2, column=2).value, sheet.cell(row=2, column=3).value) == (
        "Siti Rahma",
        "DPMPTSP\nPadang",
    )
