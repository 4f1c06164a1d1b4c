"""Fixtures of the programme's tests."""

import datetime

import pytest

from django.utils import timezone, translation


@pytest.fixture
def today(monkeypatch):
    """Freeze `timezone.localdate()` (what decides lateness) at 1 July 2025."""
    day = datetime.date(2025, 7, 1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: day)
    return day


@pytest.fixture
def english():
    """Messages in English, as an English-speaking coordinator or a log reads them."""
    with translation.override("en"):
        yield
