"""Fixtures of the core tests: the demo site, loaded once per module and rolled back after it."""

import io

import pytest

from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo content, as `make run` loads it.

    Loaded inside a transaction that is rolled back when the module ends (what Django's
    setUpTestData does), so each test still runs in its own rolled-back savepoint and
    the next module starts from the migrations' skeleton.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
