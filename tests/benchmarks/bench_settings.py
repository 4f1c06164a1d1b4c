"""Production settings with the benchmark's URLs (tests/benchmarks/bench_urls.py) added."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.benchmarks.bench_urls"
