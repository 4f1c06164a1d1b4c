"""Fixtures of the workshops tests."""

import pytest


@pytest.fixture(autouse=True)
def workshops_urls(settings):
    settings.ROOT_URLCONF = "tests.workshops.urls"
