"""Factories for the training section: workshops (events) and their agenda sessions.

Times are given as aware datetimes; `at(2024, 7, 1, 9, 0, "Asia/Jakarta")` builds one
in a named zone. A workshop starts on 1 July 2024 at 09:00 WIB by default, ends at 17:00.
"""

import datetime as dt
import zoneinfo

import factory
import wagtail_factories

from cms.models.taxonomy import TimeZone
from workshops.models import (
    EventFeedback,
    Registration,
    RegistrationStatus,
    TrainingIndexPage,
    WorkshopKind,
    WorkshopPage,
    WorkshopSession,
)

from .pages import section_page


def at(year, month, day, hour=0, minute=0, zone=TimeZone.WIB):
    """An aware datetime: the wall-clock time in `zone` (an IANA name)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


class WorkshopPageFactory(wagtail_factories.PageFactory):
    """A live workshop in Jakarta under the Indonesian training section."""

    title = factory.Sequence(lambda n: f"Lokakarya {n}")
    summary = "Lokakarya Mal Pelayanan Publik."
    parent = factory.LazyFunction(lambda: section_page(TrainingIndexPage))
    kind = WorkshopKind.WORKSHOP
    time_zone = TimeZone.WIB
    start = factory.LazyAttribute(lambda page: at(2024, 7, 1, 9, 0, page.time_zone))
    end = factory.LazyAttribute(lambda page: page.start + dt.timedelta(hours=8))
    venue = "Kantor KemenPANRB"
    city = "Jakarta"

    class Meta:
        model = WorkshopPage

    class Params:
        # `WorkshopPageFactory(registration_open=True, capacity=2)`: an event on 1 March 2099
        # whose registration window is open now (2020 until 25 February 2099).
        registration_open = factory.Trait(
            start=at(2099, 3, 1, 9, 0),
            end=at(2099, 3, 1, 17, 0),
            capacity=10,
            registration_opens=at(2020, 1, 1),
            registration_closes=at(2099, 2, 25),
        )


class WorkshopSessionFactory(factory.django.DjangoModelFactory):
    """A one-hour session at the start of its workshop."""

    page = factory.SubFactory(WorkshopPageFactory)
    start = factory.LazyAttribute(lambda session: session.page.start)
    end = factory.LazyAttribute(lambda session: session.start + dt.timedelta(hours=1))
    title = factory.Sequence(lambda n: f"Sesi {n}")
    room = "Ruang Rapat"

    class Meta:
        model = WorkshopSession


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration for a workshop (pass `status=` for the waiting list)."""

    workshop = factory.SubFactory(WorkshopPageFactory)
    event_key = factory.LazyAttribute(lambda registration: registration.workshop.translation_key)
    name = factory.Sequence(lambda n: f"Peserta {n}")
    institution = "DPMPTSP Kota Contoh"
    role = "Kepala Seksi"
    email = factory.Sequence(lambda n: f"peserta{n}@example.id")
    status = RegistrationStatus.CONFIRMED
    language = "id"

    class Meta:
        model = Registration


class EventFeedbackFactory(factory.django.DjangoModelFactory):
    """An anonymous rating of 4 for a workshop."""

    workshop = factory.SubFactory(WorkshopPageFactory)
    event_key = factory.LazyAttribute(lambda feedback: feedback.workshop.translation_key)
    rating = 4
    language = "id"

    class Meta:
        model = EventFeedback
