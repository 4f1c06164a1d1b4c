"""The browser-test harness: one headless Chromium, one live server, one committed sample site.

Building the sample site (every page type in three languages) and starting Chromium are
the slow parts, so both happen once for the whole `tests/browser` package. That rules
out pytest-django's default for `live_server`, a flushed transactional database per
test: instead the samples are committed once, the live server reads them, and the
database is put back exactly as the migrations left it when the package is done.
"""

import contextlib
import mimetypes
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from wagtail.models import Site

from cms.models import HomePage
from tests.browser import samples

REPOSITORY = Path(__file__).resolve().parents[2]
AXE = REPOSITORY / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPOSITORY / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# {(kind, language): (requests, bytes)} filled by the page-weight gate, printed at the end.
WEIGHTS = {}
# The Nu HTML Checker's warnings (allowed, but shown).
VNU_WARNINGS = []
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker):
    """Let the live server read the committed samples for the whole test, without a per-test flush.

    Overrides pytest-django's helper of the same name (which asks for a flushed
    `transactional_db` per test); the database blocker is global, so it must be lifted
    for the server thread too.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    with django_db_blocker.unblock():
        yield


def _flush_caches():
    for cache in caches.all(initialized_only=True):
        cache.clear()
    Site.clear_site_root_paths_cache()


@pytest.fixture(scope="package")
def sample_urls(django_db_setup, django_db_blocker, live_server):
    """{(kind, language): path} of the committed sample site; the database is restored afterwards."""
    with django_db_blocker.unblock(), database_beside_playwright():
        if not HomePage.objects.exists():
            pytest.fail(
                "The migrations' home pages are gone: a transactional test flushed the database "
                "before the browser tests. Give that test serialized_rollback=True."
            )
        baseline = connection.creation.serialize_db_to_string()
        _flush_caches()
        urls = samples.build()
    yield urls
    with django_db_blocker.unblock(), database_beside_playwright():
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(baseline)
        _flush_caches()


@pytest.fixture
def sample_url(sample_urls, live_server):
    """Absolute address of the sample of one kind in one language; fails if the kind has none."""

    def url(kind, language):
        path = sample_urls.get((kind, language))
        if path is None:
            pytest.fail(f"No sample of {kind} in {language}: add one to tests/<app>/samples.py")
        return live_server.url + path

    return url


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for all the browser tests (Debian's `chromium`, never a downloaded one).

    Playwright gives every launch a fresh temporary user-data directory. It is closed
    when the package ends: while it runs, its event loop makes Django refuse database
    access in this thread, which the rest of the suite needs.
    """
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: `.ci/run` installs it, or `apt-get install chromium`.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def database_beside_playwright():
    """Let this thread use the database while Playwright's event loop is alive.

    Django takes the loop for an async context; the Django docs advise this variable for
    Playwright. It is set only around the fixture's own queries: a subprocess started
    by another test must not inherit it (`check --deploy` rejects it).
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def serve_media(route):
    """Serve uploaded images from MEDIA_ROOT: the live server only serves static files."""
    path = Path(settings.MEDIA_ROOT) / urlsplit(route.request.url).path.removeprefix(settings.MEDIA_URL)
    if not path.is_file():
        route.fulfill(status=404, body="")
        return
    route.fulfill(
        status=200,
        body=path.read_bytes(),
        content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
    )


@pytest.fixture
def new_context(browser, live_server):
    """Open browser contexts (fresh cache, cookies and storage) that are closed after the test."""
    opened = []

    def new(**options):
        context = browser.new_context(**options)
        context.route(f"{live_server.url}{settings.MEDIA_URL}**", serve_media)
        context.set_default_timeout(10_000)
        opened.append(context)
        return context

    yield new
    for context in opened:
        context.close()


def pytest_terminal_summary(terminalreporter):
    """Print the page-weight table and the HTML warnings the gates collected, even when they pass."""
    if VNU_WARNINGS:
        terminalreporter.section("Nu HTML Checker warnings")
        for line in VNU_WARNINGS:
            terminalreporter.write_line(line)
    if not WEIGHTS:
        return
    heaviest = {}
    for (kind, _language), (requests, size) in WEIGHTS.items():
        heaviest[kind] = max(heaviest.get(kind, (0, 0)), (requests, size), key=lambda pair: pair[1])
    terminalreporter.section("page weight: first visit at 360 px, content images aside (heaviest language)")
    terminalreporter.write_line(f"{'page type':<40} {'requests':>8} {'KB':>7} {'budget':>7}")
    for kind, (requests, size) in sorted(heaviest.items()):
        terminalreporter.write_line(f"{kind:<40} {requests:>8} {size / 1024:>7.1f} {'100':>7}")
