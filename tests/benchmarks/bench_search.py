"""Benchmark of the public search: latency on the database index at 1,000 and 10,000 pages, rebuild times.

    python tests/benchmarks/bench_search.py [--pages 1000 10000] [--osmem] [--repeat 50]

Uses a throwaway database: a temporary SQLite file, or, when DATABASE_URL names a
PostgreSQL server, a `jembatan_bench` database on it (dropped and created again).
The pages come from content.py (the generator bench_pages.py uses too: every page type
and the taxonomy in id/en/az, written in bulk); the index is filled by
`search.indexing.rebuild()`, the function behind `manage.py search_index rebuild`.
With --osmem the same rebuild also loads an in-memory Elasticsearch-compatible server
(osmem) and swaps its aliases, as production does with Elasticsearch configured.
"""

import argparse
import math
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import content  # noqa: E402

# (name, text, filters): what readers type; the facets are the search page's own filters.
QUERIES = [
    ("one word", "paspor", {}),
    ("two words + facets", "layanan digital", {"kind": ["programme"], "year": ["2025"]}),
    ("common word", "MPP", {}),
]


MEDIA = Path(tempfile.gettempdir()) / f"jembatan-bench-media-{os.getpid()}"


def setup_django():
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        os.environ["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/jembatan_bench"
    else:
        os.environ["DATABASE_URL"] = "sqlite:///" + tempfile.mktemp(
            prefix="jembatan-bench-", suffix=".sqlite3"
        )
    # Production settings, as served: no DEBUG query log slowing every query down.
    os.environ.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),  # a throwaway key for a site nobody visits
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=str(MEDIA),
        ELASTICSEARCH_URL="",
        LOG_LEVEL="ERROR",
    )
    os.environ.pop("CACHE_URL", None)
    import django

    django.setup()


def reset_database():
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        import psycopg

        settings = connection.settings_dict
        admin = (
            f"host={settings['HOST']} port={settings['PORT'] or 5432} user={settings['USER']} dbname=postgres"
        )
        connection.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {settings['NAME']}")
            conn.execute(f"CREATE DATABASE {settings['NAME']}")
    else:
        from django.db import connection

        connection.close()
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)


def timed(function, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[math.ceil(len(samples) * 0.95) - 1]


def bench_queries(pages, repeat):
    from django.core.cache import cache

    from search import engine
    from search.query import SearchQuery

    cases = {
        name: (lambda text=text, filters=filters: engine.search(SearchQuery(text, "id", filters=filters)))
        for name, text, filters in QUERIES
    }
    cases["autocomplete"] = lambda: engine.autocomplete("pelay", "id")
    for name, case in cases.items():
        results = case()
        cache.clear()  # what "did you mean" caches would hide the first, cold query otherwise
        median, p95 = timed(case, repeat)
        found = results.total if hasattr(results, "total") else len(results)
        print(f"  {pages:>6} pages  {name:<20} median {median:6.1f} ms   p95 {p95:6.1f} ms   ({found} found)")


def rebuild_seconds():
    from search.indexing import rebuild

    start = time.perf_counter()
    documents = rebuild(progress_enabled=False)
    return documents, time.perf_counter() - start


def bench_rebuild(pages, osmem):
    from django.conf import settings

    from search import mirror

    documents, seconds = rebuild_seconds()
    print(f"  {pages:>6} pages  rebuild, database index: {documents} documents in {seconds:.1f} s")
    if not osmem:
        return
    from osmem_server import OsmemServer

    with OsmemServer.start(japanese=False) as server:
        settings.ELASTICSEARCH_URL = server.url
        settings.ELASTICSEARCH_PLAIN_JSON = True
        # osmem has no language analysers; a real cluster would get the language mappings.
        settings.ELASTICSEARCH_LANGUAGE_ANALYSIS = False
        settings.ELASTICSEARCH_TIMEOUT = 30
        mirror._mirror = None
        try:
            documents, seconds = rebuild_seconds()
            print(
                f"  {pages:>6} pages  rebuild, database index + osmem (bulk load, alias swap): "
                f"{documents} documents in {seconds:.1f} s"
            )
        finally:
            settings.ELASTICSEARCH_URL = ""
            mirror._mirror = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", type=int, nargs="+", default=[1000, 10000], help="pages in all, 3 languages"
    )
    parser.add_argument(
        "--osmem", action="store_true", help="also time the rebuild with osmem as Elasticsearch"
    )
    parser.add_argument("--repeat", type=int, default=50, help="timed runs of each query (default 50)")
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    print(f"Search benchmark on {connection.vendor}")
    try:
        run(args)
    finally:
        shutil.rmtree(MEDIA, ignore_errors=True)
        if connection.vendor == "sqlite":
            connection.close()
            Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)


def run(args):
    from wagtail.models import Page

    for pages in args.pages:
        reset_database()
        skeleton = Page.objects.count()
        start = time.perf_counter()
        content.generate(math.ceil(pages / len(content.LANGUAGES)))
        made = Page.objects.count() - skeleton
        print(
            f"  {pages:>6} pages  {made} pages and the taxonomy made in {time.perf_counter() - start:.1f} s"
        )
        bench_rebuild(pages, args.osmem)
        bench_queries(pages, args.repeat)


if __name__ == "__main__":
    main()
