"""Fixtures of the workshops tests."""

import pytest

from django.core.cache import cache

from tests.cms.conftest import demo_site  # noqa: F401  (the core's once-per-module demo content)


@pytest.fixture(autouse=True)
def empty_rate_limits():
    """The registration flood counters live in the default cache: every test starts at zero."""
    cache.clear()
    yield
    cache.clear()
