"""Registrants' personal data is deleted once the event is past the retention period."""

import io

import pytest

from django.core.management import CommandError, call_command

from tests.factories.workshops import RegistrationFactory, WorkshopPageFactory, at
from workshops.models import Registration

pytestmark = pytest.mark.django_db


def purge(*args):
    out = io.StringIO()
    call_command("purge_registrations", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_only_registrations_of_long_past_events(settings):
    settings.WORKSHOP_REGISTRATION_RETENTION_DAYS = 30
    old = WorkshopPageFactory(start=at(2018, 7, 4, 9), end=at(2018, 7, 6, 17))
    upcoming = WorkshopPageFactory(start=at(2099, 1, 1, 9), end=at(2099, 1, 1, 17))
    RegistrationFactory.create_batch(2, workshop=old)
    kept = RegistrationFactory(workshop=upcoming)

    dry = purge("--dry-run")
    output = purge()

    assert dry.startswith("2 registrations would be deleted")
    assert output.startswith("2 registrations deleted")
    assert list(Registration.objects.all()) == [kept]


def test_purge_refuses_negative_days():
    with pytest.raises(CommandError, match="--days must be 0 or more."):
        purge("--days", "-1")
