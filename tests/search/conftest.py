"""Fixtures of the search suite: every shared test runs on the database and on Elasticsearch (osmem)."""

import datetime
import os
import socket
import threading

import pytest
from elasticsearch import Elasticsearch

from wagtail.models import Page

from cms.models import Country, StandardPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from search.backends.transport import PlainJsonNode
from search.indexing import rebuild


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def search_backend(request, settings):
    """The implementation under test, chosen the way production chooses it: by settings."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
    else:
        clone = request.getfixturevalue("osmem_clone")
        configure_elasticsearch(settings, clone.url)
    return request.param


def configure_elasticsearch(settings, url):
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_PLAIN_JSON = True
    # osmem has no language analysis; the `analysis` tests need a real cluster.
    settings.ELASTICSEARCH_LANGUAGE_ANALYSIS = False
    settings.ELASTICSEARCH_INDEX_PREFIX = "test"
    # Room for a loaded machine; the outage tests set a shorter one for a server that never answers.
    settings.ELASTICSEARCH_TIMEOUT = 2
    settings.ELASTICSEARCH_RETRY_AFTER = 0


@pytest.fixture(scope="session")
def osmem_warm(osmem_server):
    """osmem prepares its analysis on the first index it creates (about 2 s): pay that once, untimed."""
    clone = osmem_server.clone()
    client = Elasticsearch(clone.url, node_class=PlainJsonNode, request_timeout=60)
    client.indices.create(index="warm-up", mappings={"properties": {"title": {"type": "text"}}})
    clone.close()


@pytest.fixture
def osmem_clone(osmem_warm, osmem_server):
    """A fresh clone of the warmed server for one test (replaces osmem_server's own fixture)."""
    clone = osmem_server.clone()
    yield clone
    clone.close()


# Language analysis (stemming, synonyms, folding) needs a real cluster: osmem has none.
REAL_CLUSTER = os.environ.get("ELASTICSEARCH_URL", "")
needs_cluster = pytest.mark.skipif(
    not REAL_CLUSTER,
    reason="language analysis (stemming, synonyms, folding) needs a real Elasticsearch cluster: "
    "set ELASTICSEARCH_URL to run it; osmem, used for the rest of the suite, does not analyse languages",
)


@pytest.fixture
def real_cluster(settings):
    settings.ELASTICSEARCH_URL = REAL_CLUSTER
    settings.ELASTICSEARCH_INDEX_PREFIX = "jembatan-test"
    settings.ELASTICSEARCH_LANGUAGE_ANALYSIS = True


@pytest.fixture(
    params=["database", pytest.param("elasticsearch", marks=[pytest.mark.analysis, needs_cluster])]
)
def folding_backend(request, settings):
    """Folding (ə, ı, İ...) on the database, and on a real cluster: osmem does not fold."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
    else:
        request.getfixturevalue("real_cluster")
    return request.param


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page the way the admin does, running the after-commit indexing."""

    def run(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return run


@pytest.fixture
def add_page(home_pages, publish):
    def run(title, language="id", parent=None, model=StandardPage, live=True, **fields):
        parent = parent or home_pages[language]
        page = model(title=title, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        if live:
            publish(page)
        else:
            page.live = False
            page.save_revision()
            Page.objects.filter(pk=page.pk).update(live=False)
        return page

    return run


@pytest.fixture
def programme_index(home_pages):
    def run(language="id"):
        return ProgrammeIndexPage.objects.get(locale__language_code=language)

    return run


@pytest.fixture
def countries(locales):
    return {
        "id": Country.objects.create(name="Indonesia", slug="indonesia", code="ID", locale=locales["id"]),
        "az": Country.objects.create(name="Azerbaijan", slug="azerbaijan", code="AZ", locale=locales["id"]),
    }


@pytest.fixture
def programme_pages(add_page, programme_index, countries, django_capture_on_commit_callbacks):
    """Three programme stories in Indonesian with dates and countries, indexed."""
    parent = programme_index("id")
    pages = [
        add_page(
            "Nota kesepahaman pelayanan publik",
            parent=parent,
            model=ProgrammePage,
            summary="MoU kerja sama pelayanan publik 2017.",
            date=datetime.date(2017, 7, 28),
        ),
        add_page(
            "Rencana aksi percepatan",
            parent=parent,
            model=ProgrammePage,
            summary="Rencana aksi pelayanan publik dua tahun, ditandatangani di Jakarta.",
            date=datetime.date(2024, 7, 1),
        ),
        add_page(
            "Simposium kerja sama",
            parent=parent,
            model=ProgrammePage,
            summary="Simposium tentang kerja sama, dibuka oleh Menteri PANRB.",
            date=datetime.date(2025, 12, 20),
        ),
    ]
    pages[0].countries.set([countries["id"], countries["az"]])
    pages[1].countries.set([countries["id"]])
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages:
            page.save_revision().publish()
    return pages


@pytest.fixture
def indexed(search_backend, db):
    """Rebuild after the content fixtures, as `make run` does."""
    return rebuild(progress_enabled=False)


@pytest.fixture
def refused_url():
    """An address where nothing listens: connections are refused at once."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def silent_url():
    """An address that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    sock.close()
