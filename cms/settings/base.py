"""Settings shared by every environment; safe for production (no secrets, DEBUG off)."""

import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url

from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

DEBUG = False

INSTALLED_APPS = [
    "cms",
    "programmes",
    "practices",
    "workshops",
    "search",
    "django_tasks_db",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.SiteStructureMiddleware",
    "cms.cache.PageCacheMiddleware",
    "cms.middleware.PublicContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# The embedded default is SQLite next to the code; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a publish writes; IMMEDIATE avoids
    # "database is locked" when two writers start a transaction together.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's admin search indexes PostgreSQL with GIN indexes, which need this app.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's ModelBackend in fewer queries per signed-in request (cms/auth.py).
AUTHENTICATION_BACKENDS = ["cms.auth.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Indonesian first, then English and Azerbaijani (Latin script).
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", "Bahasa Indonesia"),
    ("en", "English"),
    ("az", "Azərbaycan dili"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Jakarta"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Jembatan"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Documents go through Django (/documents/<id>/<name>), which applies collection privacy;
# the files under MEDIA_ROOT/documents are never served directly (cms.serving).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A restricted page's or document's password form and the sign-in, in the site's layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "login.html"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Uploads (training materials, issue 11): documents checked by content and size, images
# refused above 40 megapixels (a decompression bomb is a few KB that expands to gigabytes).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "workshops.training.uploads.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# Wagtail's admin search always runs on the database, whatever serves the public search.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "jembatan",
    }
}

# The anonymous page cache (cms.cache). Every server process must share it, so that a
# publish handled by one process empties it for all: a directory on this machine by
# default (PAGE_CACHE_LOCATION), keyed by the database so two sites never mix.
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
CACHES[PAGE_CACHE_ALIAS] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": os.environ.get("PAGE_CACHE_LOCATION", str(Path(tempfile.gettempdir()) / "jembatan-pages")),
    "KEY_PREFIX": hashlib.sha256(
        repr([DATABASES["default"].get(k) for k in ("ENGINE", "NAME", "HOST", "PORT")]).encode()
    ).hexdigest()[:16],
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Several web hosts: CACHE_URL=redis://host:6379/0 puts the cache, the page cache and its
# content version on one Redis, so a publish on one host is seen at once on all.
# Django's own Redis backend (needs only the `redis` client): get/set/add/incr with
# timeouts is all the site uses, so django-redis would add a dependency for nothing.
# Short socket timeouts: a stuck Redis makes a request fail fast, never hang a worker.
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "jembatan")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    _redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_URL,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
    }
    CACHES = {
        "default": {**_redis, "KEY_PREFIX": CACHE_KEY_PREFIX},
        PAGE_CACHE_ALIAS: {**_redis, "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:pages"},
    }

# Security headers on every response; the CSP is applied to public pages only
# (see cms.middleware), because the Wagtail admin relies on inline scripts.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGIN_URL = "wagtailadmin_login"

# Public search: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "jembatan")
# Short timeouts: a slow cluster makes search fall back to the database, never hang a page.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "2"))
# After a failure, how long to answer from the database before trying the cluster again.
ELASTICSEARCH_RETRY_AFTER = float(os.environ.get("ELASTICSEARCH_RETRY_AFTER", "30"))
# Servers that reject the client's "compatible-with" media type (osmem) need plain JSON.
ELASTICSEARCH_PLAIN_JSON = os.environ.get("ELASTICSEARCH_PLAIN_JSON", "").lower() in ("1", "true", "yes")
# Stemming, folding and synonyms; off only for engines without language analysis (osmem).
ELASTICSEARCH_LANGUAGE_ANALYSIS = os.environ.get("ELASTICSEARCH_LANGUAGE_ANALYSIS", "true").lower() not in (
    "0",
    "false",
    "no",
)

# Background jobs (Wagtail's own and ours) on Django's task framework. Development and tests
# run them at once, in the request; production (cms.settings.production) queues them in the
# database for `manage.py db_worker` (django-tasks-db, the database backend of django-tasks).
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

# /health/ gives each check (database, cache, search) this many seconds.
HEALTH_CHECK_TIMEOUT = float(os.environ.get("HEALTH_CHECK_TIMEOUT", "2"))

LANGUAGE_NAMES = {"id": _("Indonesian"), "en": _("English"), "az": _("Azerbaijani")}

# How many proxies of our own stand before the application (load balancer, nginx): the
# client's address is that many entries from the right of X-Forwarded-For (cms.clients).
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0"))
