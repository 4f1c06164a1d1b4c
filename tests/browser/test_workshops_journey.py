"""The workshop journeys in a browser: find, switch clock, .ics, register, cancel; export the roster."""

import icalendar
import pytest

from tests.browser.conftest import database_beside_playwright
from tests.factories import PROGRAMME_COORDINATORS, UserFactory
from tests.workshops.samples import TEXT
from workshops.models import Registration, RegistrationStatus
from workshops.registration import cancel_token

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


@pytest.fixture
def page(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_reader_finds_workshop_switches_zone_gets_ics_registers_and_cancels(
    page, sample_url, live_server, django_db_blocker
):
    title = TEXT["en"][0]
    page.goto(sample_url("workshops:list", "en"))
    page.get_by_role("link", name=title, exact=True).click()
    page.select_option("#clock-tz", "Asia/Jayapura")
    page.get_by_role("button", name="Show").click()
    agenda_time = page.locator(".agenda__time").inner_text()
    # Any zone of the tz database, typed (a datalist suggests some), without JavaScript.
    page.get_by_label("or type any time zone").fill("Europe/Berlin")
    page.get_by_role("button", name="Show").click()
    berlin_time = page.locator(".agenda__time").inner_text()
    ics = page.request.get(
        live_server.url + page.get_by_role("link", name="Add to calendar (.ics)").get_attribute("href")
    )
    (event,) = icalendar.Calendar.from_ical(ics.body()).walk("VEVENT")

    page.get_by_role("link", name="Register").click()
    page.get_by_label("Full name").fill("Dewi Lestari")
    page.get_by_label("Institution").fill("DPMPTSP Kota Samarinda")
    page.get_by_label("Position").fill("Kepala Seksi")
    page.get_by_label("Email").fill("dewi@example.id")
    page.get_by_role("button", name="Register").click()
    confirmed = page.locator("h1").inner_text()

    with django_db_blocker.unblock(), database_beside_playwright():
        registration = Registration.objects.get(email="dewi@example.id")
        token = cancel_token(registration)
    page.goto(f"{live_server.url}/en/workshops/cancel/{token}/")
    page.get_by_role("button", name="Cancel my registration").click()
    cancelled = page.locator("[role=status]").inner_text()

    with django_db_blocker.unblock(), database_beside_playwright():
        registration.refresh_from_db()
        registration.delete()
    # 23:00 WIB on 2 March is past midnight in WIT: both of its ends carry the next day.
    assert agenda_time == "23:00–Tue 3 Mar 00:00 WIB\nTue 3 Mar 2099 01:00–Tue 3 Mar 02:00 WIT"
    assert berlin_time == "23:00–Tue 3 Mar 00:00 WIB\n17:00–18:00 Europe/Berlin (UTC+1)"
    assert str(event["summary"]).endswith(title)
    assert confirmed == "Registration received"
    assert cancelled == f'Your registration for "{title}" is cancelled.'
    assert registration.status == RegistrationStatus.CANCELLED


def test_coordinator_exports_the_roster(new_context, live_server, django_db_blocker):
    with django_db_blocker.unblock(), database_beside_playwright():
        coordinator = UserFactory(role=PROGRAMME_COORDINATORS)
    page = new_context().new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", coordinator.username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    export = page.request.get(f"{live_server.url}/admin/registrations/?export=csv")

    with django_db_blocker.unblock(), database_beside_playwright():
        coordinator.delete()
    assert export.status == 200
    assert export.headers["content-type"].startswith("text/csv")
    assert "sample-en@example.id" in export.text()
