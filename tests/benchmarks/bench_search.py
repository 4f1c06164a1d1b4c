"""Benchmark of the public search: latency on the database index at 1,000 and 10,000 pages, rebuild time.

    python tests/benchmarks/bench_search.py [--pages 1000 10000] [--osmem]

Uses a throwaway database: a temporary SQLite file, or DATABASE_URL's server with a
`_bench` database. Pages are created with treebeard's add_child in one transaction and
indexed by `search_index rebuild`, the same code that fills the index in production.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = [
    "pelayanan",
    "publik",
    "mal",
    "layanan",
    "keliling",
    "paspor",
    "digital",
    "inovasi",
    "pengaduan",
    "integrasi",
    "mutu",
    "data",
    "kabupaten",
    "kota",
    "provinsi",
    "perizinan",
    "kependudukan",
    "kesehatan",
    "pendidikan",
    "usaha",
    "warga",
    "pusat",
]
COMMON = "pelayanan"


def setup_django():
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        os.environ["DATABASE_URL"] = "sqlite:///" + tempfile.mktemp(
            prefix="jembatan-bench-", suffix=".sqlite3"
        )
    else:
        os.environ["DATABASE_URL"] = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/jembatan_bench"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["ELASTICSEARCH_URL"] = ""
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
    call_command("migrate", verbosity=0)


def make_pages(count):
    from django.db import transaction

    from cms.models import HomePage, StandardPage

    rng = random.Random(count)
    homes = list(HomePage.objects.all())
    with transaction.atomic():
        for number in range(count):
            home = homes[number % len(homes)]
            words = rng.sample(WORDS, 8)
            page = StandardPage(
                title=" ".join(words[:4]).capitalize() + f" {number}",
                slug=f"bench-{number}",
                summary=" ".join(rng.choices(WORDS, k=20)),
                locale=home.locale,
                live=True,
            )
            home.add_child(instance=page)
            home.refresh_from_db(fields=["numchild"])


def timed(function, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def bench_queries(pages):
    from search import engine
    from search.query import SearchQuery

    cases = {
        "one word": lambda: engine.search(SearchQuery(text="inovasi", language="id")),
        "two words + facets": lambda: engine.search(
            SearchQuery(text="layanan digital", language="id", filters={"kind": ["page"], "year": ["2026"]})
        ),
        "common word": lambda: engine.search(SearchQuery(text=COMMON, language="id")),
        "autocomplete": lambda: engine.autocomplete("pelay", "id"),
    }
    for name, case in cases.items():
        case()
        median, p95 = timed(case, 50)
        print(f"  {pages:>6} pages  {name:<20} median {median:6.1f} ms   p95 {p95:6.1f} ms")


def bench_rebuild(pages, osmem):
    from django.conf import settings

    from search import engine
    from search.indexing import rebuild

    start = time.perf_counter()
    documents = rebuild(progress_enabled=False)
    print(
        f"  {pages:>6} pages  rebuild database: {documents} documents in {time.perf_counter() - start:.1f} s"
    )
    if osmem:
        from osmem_server import OsmemServer

        with OsmemServer.start(japanese=False) as server:
            settings.ELASTICSEARCH_URL = server.url
            settings.ELASTICSEARCH_PLAIN_JSON = True
            settings.ELASTICSEARCH_LANGUAGE_ANALYSIS = False
            engine._backend = None
            start = time.perf_counter()
            backend = engine.get_backend()
            from search.indexing import Progress
            from search.models import SearchEntry

            backend.rebuild(Progress(SearchEntry.objects.count(), "osmem", enabled=False))
            print(f"  {pages:>6} pages  rebuild osmem (alias swap): {time.perf_counter() - start:.1f} s")
            settings.ELASTICSEARCH_URL = ""
            engine._backend = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--osmem", action="store_true", help="Also time the Elasticsearch rebuild against osmem."
    )
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    print(f"Search benchmark on {connection.vendor}")
    for pages in args.pages:
        reset_database()
        start = time.perf_counter()
        make_pages(pages)
        print(f"  {pages:>6} pages  created in {time.perf_counter() - start:.1f} s")
        bench_rebuild(pages, args.osmem)
        bench_queries(pages)


if __name__ == "__main__":
    main()
