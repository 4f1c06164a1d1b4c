"""Settings for the test suite: fast hashing, in-memory email, media in a temp folder."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="jembatan-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests choose the search implementation themselves (database, or osmem per test), so a
# developer's ELASTICSEARCH_URL does not switch the whole suite; the language-analysis tests
# read it to reach a real cluster (tests/search/test_search.py).
ELASTICSEARCH_URL = ""

# Parallel runs on one PostgreSQL server (several developers, CI) each get their own test database.
DATABASES["default"]["TEST"] = {"NAME": "test_jembatan" + os.environ.get("JEMBATAN_TEST_DB_SUFFIX", "")}  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # SQLite tests run in memory: a named file would be shared by every run in the checkout.
    DATABASES["default"]["TEST"] = {}  # noqa: F405

# The page cache outlives each test's rolled-back database, so it is off unless a test
# turns it on (tests/cms/test_cache.py); in memory, shared with the live server thread.
PAGE_CACHE_SECONDS = 0
# In memory whatever CACHE_URL says: a developer's Redis never mixes with the suite's.
CACHES = {  # noqa: F405
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jembatan"},
    PAGE_CACHE_ALIAS: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},  # noqa: F405
}
