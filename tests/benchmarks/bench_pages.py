"""Speed benchmark: every public page type under load, as a ratio to a bare Django view, uncached and cached.

    make bench-pages                      # or: .venv/bin/python tests/benchmarks/bench_pages.py --help
    BENCH_ARGS="--seconds 3 --pages 200" make bench-pages

Steps: a new SQLite database in a temporary folder (or the empty database DATABASE_URL
names), migrations, thousands of pages of every type and the taxonomy in id/en/az
(content.py), the search index, then two gunicorn servers with production settings and
gunicorn.conf.py on 127.0.0.1: one with the page cache off, one with it on (sharing the
database). The yardstick is a bare Django view returning 20 KB of HTML
(tests/benchmarks/bench_urls.py) on the uncached server, through the same middleware.
Each page type is driven at each concurrency level for a bounded time on both servers; the
table gives requests per second, each as a ratio to the bare view's, next to the targets
of issue 9 (uncached: detail pages at least 1/25, listings at least 1/35; cached: 0.8),
p99 latency and the database queries of one view. Nothing is written to the repository;
the temporary folder is removed at the end.
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
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))

from tests.benchmarks import loadgen  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(folder, options, page_cache):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="tests.benchmarks.bench_settings",
        # A throwaway key for a throwaway site: this process never serves the public.
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=options.database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PAGE_CACHE_SECONDS="600" if page_cache else "0",
        PAGE_CACHE_LOCATION=str(folder / "page-cache"),
        GUNICORN_WORKERS=str(options.workers),
        GUNICORN_ACCESS_LOG="",
        GUNICORN_LOG_LEVEL="warning",
        GUNICORN_MAX_REQUESTS="0",  # no worker recycling: its CPU time would leave the sums
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


def start_gunicorn(env, port):
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
        cwd=REPOSITORY,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
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


BARE_PATH = "/bench/bare/"
CACHED_TARGET = 0.8


def is_listing(kind):
    """Home, section indexes, taxonomy lists and search results list other items."""
    return kind.endswith(("IndexPage", "HomePage", "_list")) or kind.startswith("search:")


def uncached_target(kind):
    return 35 if is_listing(kind) else 25


HEADER = (
    f"{'page type':<32} {'conns':>5} | {'bare/s':>6} {'cpu ms':>6} | {'req/s':>6} {'cpu ms':>6} "
    f"{'x bare':>7} {'(wall)':>6} {'target':>6} | {'req/s':>6} {'cpu ms':>6} {'x bare':>6} {'target':>6} "
    f"| {'p99 ms':>7} {'err':>3} {'queries':>7}"
)
SUBHEADER = f"{'':<32} {'':>5} | {'bare Django view':<13} | {'uncached':<41} | {'cached':<27} |"


@dataclass(frozen=True)
class Measure:
    result: loadgen.Result
    cpu_ms: float  # CPU time of the gunicorn processes per request served, in milliseconds

    @property
    def per_second(self):
        return self.result.per_second


def worker_cpu_seconds(server):
    """CPU time (user + system) used so far by a gunicorn master and its workers (Linux /proc)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    pids = (
        [server.pid, *(int(pid) for pid in children.read_text().split())]
        if children.exists()
        else [server.pid]
    )
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(server, port, paths, connections, options):
    before = worker_cpu_seconds(server)
    result = loadgen.run(
        "127.0.0.1", port, paths, connections, options.seconds, max_requests=options.max_requests
    )
    used = worker_cpu_seconds(server) - before
    return Measure(result, used * 1000 / result.requests if result.requests else float("nan"))


def ratio(part, whole):
    return part / whole if whole else 0.0


def as_fraction(value):
    return f"1/{1 / value:.0f}" if value > 0 else "-"


def row(kind, connections, bare, uncached, cached, queries):
    """Ratios by CPU time per request (what a busy, shared machine cannot skew), and by wall req/s."""
    plain = ratio(bare.cpu_ms, uncached.cpu_ms)
    plain_wall = ratio(uncached.per_second, bare.per_second)
    kept = ratio(bare.cpu_ms, cached.cpu_ms)
    target = uncached_target(kind)
    plain_mark = " " if plain >= 1 / target else "!"
    kept_mark = " " if kept >= CACHED_TARGET else "!"
    return (
        f"{kind:<32} {connections:>5} | {bare.per_second:>6.0f} {bare.cpu_ms:>6.2f} | "
        f"{uncached.per_second:>6.1f} {uncached.cpu_ms:>6.2f} {as_fraction(plain) + plain_mark:>7} "
        f"{as_fraction(plain_wall):>6} {'1/' + str(target):>6} | "
        f"{cached.per_second:>6.0f} {cached.cpu_ms:>6.2f} "
        f"{kept:>5.2f}{kept_mark} {CACHED_TARGET:>6} | {uncached.result.percentile(0.99) * 1000:>7.1f} "
        f"{uncached.result.errors + cached.result.errors:>3} {queries!s:>7}"
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (default 1000)")
    parser.add_argument("--seconds", type=float, default=10, help="load per page type and level (default 10)")
    parser.add_argument("--max-requests", type=int, default=None, help="stop each run after this many")
    parser.add_argument("--connections", default="10", help="concurrency levels (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server (default 2)")
    parser.add_argument("--kinds", default="", help="only these page types (comma-separated)")
    parser.add_argument(
        "--database-url",
        default="",
        help="an EMPTY database to fill (default: a new SQLite file in a temp folder)",
    )
    options = parser.parse_args()
    levels = [int(level) for level in options.connections.split(",")]

    folder = Path(tempfile.mkdtemp(prefix="jembatan-bench-"))
    servers = []
    try:
        env = environment(folder, options, page_cache=False)
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

        plain_port, cached_port = free_port(), free_port()
        servers.append(start_gunicorn(env, plain_port))
        servers.append(start_gunicorn(environment(folder, options, page_cache=True), cached_port))
        print(
            f"gunicorn (gunicorn.conf.py): {options.workers} sync workers per server; page cache off on "
            f":{plain_port}, on at :{cached_port}; {options.seconds:g} s per run; "
            f"bare view: {BARE_PATH} (20 KB) on the uncached server\n",
            flush=True,
        )
        print(SUBHEADER)
        print(HEADER)
        print("-" * len(HEADER), flush=True)
        plain_server, cached_server = servers
        loadgen.run("127.0.0.1", plain_port, [BARE_PATH], connections=2, seconds=1)
        for connections in levels:
            bares = []
            for kind in kinds:
                paths = plan["urls"][kind]
                # The bare view is measured right before each page type, so that a busy machine
                # slows both alike: each ratio compares runs a few seconds apart.
                bare = measure(plain_server, plain_port, [BARE_PATH], connections, options)
                bares.append(bare.per_second)
                measured = []
                for server, port in ((plain_server, plain_port), (cached_server, cached_port)):
                    # Warm every worker; on the cached server, twice over every address (URLs
                    # with a query string are stored from their second request).
                    warm = len(paths) * 2 if port == cached_port else None
                    loadgen.run(
                        "127.0.0.1", port, paths, connections=2, seconds=30 if warm else 1, max_requests=warm
                    )
                    measured.append(measure(server, port, paths, connections, options))
                print(row(kind, connections, bare, *measured, plan["queries"].get(kind, "?")), flush=True)
            mean = sum(bares) / len(bares) if bares else 0.0
            print(f"{'bare Django view, 20 KB (mean)':<32} {connections:>5} | {mean:>6.0f}", flush=True)
        print(
            "\ncpu ms: CPU time of the gunicorn processes per request. x bare: the page's capacity as a "
            "ratio to the bare view's measured just before it, by CPU time per request (1/N: N times "
            "fewer requests per second on an otherwise idle machine); (wall): the same from the "
            "measured requests per second, which a busy machine skews. '!' marks a figure below its target."
        )
        for label in plan["missing"]:
            print(f"not measured: {label} (no generator in tests/benchmarks/content.py)")
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
