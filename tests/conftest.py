"""Fixtures shared by the whole suite.

The migrations build the site skeleton (home and section pages in id/en/az, the roles),
so every test database starts with the tree a fresh `make run` has.
"""

import pytest

from wagtail.models import Locale, Page


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_pages(db):
    """The home page of each language, keyed by language code."""
    return {
        page.locale.language_code: page.specific
        for page in Page.objects.filter(depth=2).select_related("locale")
    }
