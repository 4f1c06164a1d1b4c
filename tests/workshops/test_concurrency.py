"""The last seat under a race: parallel registrations never overbook (PostgreSQL row locks)."""

import threading

import pytest

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, connections

from tests.factories.workshops import WorkshopPageFactory
from workshops.models import Registration, RegistrationStatus
from workshops.registration import AlreadyRegistered, RegistrationRefused, register

PARALLEL = 8


def reset_sequences():
    """Point every id sequence past the rows the serialized rollback reloaded with their ids.

    A transactional test before this one (the browser gates' live server) may leave the
    sequences behind those rows; the next page insert would then reuse a taken id.
    """
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(sql)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are PostgreSQL's; SQLite writes one at a time"
)
def test_parallel_registrations_for_the_last_seat_never_overbook():
    reset_sequences()
    page = WorkshopPageFactory(registration_open=True, capacity=1)
    barrier = threading.Barrier(PARALLEL)
    errors = []

    def attempt(number):
        try:
            barrier.wait()
            register(
                page,
                {
                    "name": f"P{number}",
                    "institution": "DPMPTSP",
                    "region": "",
                    "role": "Staf",
                    "email": f"p{number}@x.id",
                },
                "id",
            )
        except RegistrationRefused as error:  # pragma: no cover - not expected: every email differs
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(number,)) for number in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert errors == []
    assert statuses == [RegistrationStatus.CONFIRMED] + [RegistrationStatus.WAITING] * (PARALLEL - 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a parallel duplicate needs real concurrent sessions"
)
def test_parallel_duplicates_store_one():
    reset_sequences()
    page = WorkshopPageFactory(registration_open=True, capacity=5)
    barrier = threading.Barrier(4)
    refused = []

    def attempt():
        try:
            barrier.wait()
            data = {
                "name": "Sama",
                "institution": "DPMPTSP",
                "region": "",
                "role": "Staf",
                "email": "sama@x.id",
            }
            register(page, data, "id")
        except AlreadyRegistered as already:
            refused.append(already.registration.email)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert (Registration.objects.count(), refused) == (1, ["sama@x.id"] * 3)
