"""Fixtures shared by the whole suite.

The migrations build the site skeleton (home and section pages in id/en/az, the roles),
so every test database starts with the tree a fresh `make run` has.
"""

import pytest

from wagtail.models import Locale, Page


@pytest.fixture(autouse=True)
def fresh_content_version():
    """Each test starts with a new content version: the previous test's writes were rolled back
    without a commit, so nothing built from them (cms.cache's structure) may be reused."""
    from cms.cache import bump_content_version

    bump_content_version()


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
