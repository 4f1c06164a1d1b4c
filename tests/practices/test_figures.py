"""The practices section's home-page figures."""

import datetime

import pytest

from cms import figures
from practices.figures import national_mpp_figure, practice_figures
from tests.factories.practices import NationalCountFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def figure(locales, label):
    return next(item for item in figures.collect(locales["en"]) if item.label == label)


def test_home_page_counts_live_practices_per_language(locales):
    PracticeFactory.create_batch(2)
    PracticeFactory().unpublish()

    assert practice_figures(locales["id"])[0].value == 2
    assert practice_figures(locales["en"])[0].value == 0


def test_national_mpp_figure_is_absent_without_a_reported_count(locales):
    assert national_mpp_figure(locales["en"]) == []


def test_national_mpp_count_is_the_latest_reported_with_date_and_source(locales):
    NationalCountFactory(count=207, as_of=datetime.date(2024, 7, 1), source="KemenPANRB")
    NationalCountFactory(count=305, as_of=datetime.date(2025, 12, 20), source="Symposium 2025")

    item = figure(locales, "Operating MPPs in Indonesia")

    assert (item.value, item.url, item.detail) == (
        305,
        "/en/mpp/",
        "as of December 2025; source: Symposium 2025",
    )
