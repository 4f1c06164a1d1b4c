"""Speed benchmark: every public page type under load, served by gunicorn from a freshly filled database.

    make bench-pages                      # or: .venv/bin/python tests/benchmarks/bench_pages.py --help
    BENCH_ARGS="--seconds 5 --page-cache" make bench-pages

Steps: a new SQLite database in a temporary folder (or the empty database DATABASE_URL
names), migrations, thousands of pages of every type and the taxonomy in id/en/az
(content.py), the search index, then gunicorn on 127.0.0.1 with production settings.
Each page type is driven at 10 and 50 connections for a bounded time; the table gives
requests per second, p50 and p99 latency, and the database queries of one view.
Nothing is written to the repository; the temporary folder is removed at the end.
"""

import argparse
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))

from tests.benchmarks import loadgen  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(folder, options):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        # A throwaway key for a throwaway site: this process never serves the public.
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=options.database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        PAGE_CACHE_SECONDS="600" if options.page_cache else "0",
        PAGE_CACHE_LOCATION=str(folder / "page-cache"),
        LOG_LEVEL="ERROR",
    )
    env.pop("CACHE_URL", None)
    return env


def manage(env, *args, quiet=True):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPOSITORY,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def has_command(env, name):
    listing = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return name in listing.stdout.split()


def start_gunicorn(env, port, workers):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--log-level=warning",
        ],
        cwd=REPOSITORY,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/id/", timeout=5).read()
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit("gunicorn stopped while starting; see its messages above.")
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not answer within 60 s.")


HEADER = (
    f"{'page type':<36} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'queries':>7}"
)


def row(kind, connections, result, queries):
    return (
        f"{kind:<36} {connections:>5} {result.per_second:>8.1f} {result.percentile(0.5) * 1000:>8.1f} "
        f"{result.percentile(0.99) * 1000:>8.1f} {result.errors:>6} {queries!s:>7}"
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (default 1000)")
    parser.add_argument("--seconds", type=float, default=10, help="load per page type and level (default 10)")
    parser.add_argument("--max-requests", type=int, default=None, help="stop each run after this many")
    parser.add_argument("--connections", default="10,50", help="concurrency levels (default 10,50)")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1, help="gunicorn workers")
    parser.add_argument("--kinds", default="", help="only these page types (comma-separated)")
    parser.add_argument("--page-cache", action="store_true", help="turn the anonymous page cache on")
    parser.add_argument(
        "--database-url",
        default="",
        help="an EMPTY database to fill (default: a new SQLite file in a temp folder)",
    )
    options = parser.parse_args()
    levels = [int(level) for level in options.connections.split(",")]

    folder = Path(tempfile.mkdtemp(prefix="jembatan-bench-"))
    server = None
    try:
        env = environment(folder, options)
        print(f"Filling a new database ({options.pages} pages per language, 3 languages)...", flush=True)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        urls_file = folder / "urls.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.content",
                f"--pages={options.pages}",
                f"--out={urls_file}",
            ],
            cwd=REPOSITORY,
            env=env,
            check=True,
        )
        if has_command(env, "search_index"):
            manage(env, "search_index", "rebuild", "--quiet")
        plan = json.loads(urls_file.read_text())
        kinds = [k for k in plan["urls"] if not options.kinds or k in options.kinds.split(",")]

        port = free_port()
        server = start_gunicorn(env, port, options.workers)
        cache_state = "on" if options.page_cache else "off"
        print(
            f"gunicorn: {options.workers} workers on 127.0.0.1:{port}; page cache {cache_state}; "
            f"{options.seconds:g} s per run\n",
            flush=True,
        )
        print(HEADER)
        print("-" * len(HEADER), flush=True)
        for kind in kinds:
            paths = plan["urls"][kind]
            loadgen.run("127.0.0.1", port, paths, connections=2, seconds=1)  # warm every worker
            for connections in levels:
                result = loadgen.run(
                    "127.0.0.1", port, paths, connections, options.seconds, max_requests=options.max_requests
                )
                print(row(kind, connections, result, plan["queries"].get(kind, "?")), flush=True)
        for label in plan["missing"]:
            print(f"not measured: {label} (no generator in tests/benchmarks/content.py)")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
