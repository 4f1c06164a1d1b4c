"""Settings for a laptop: the embedded default (SQLite, database search, local media)."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key: dev settings are never used to serve the public.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-not-for-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Template and CSS edits show at once; set PAGE_CACHE_SECONDS to try the page cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))

# Tasks run at once here, and django.tasks logs two INFO lines per task: thousands while the
# demo loads, burying what matters. Warnings and failures still show.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False}},
}
