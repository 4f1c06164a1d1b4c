"""gunicorn settings for Jembatan (`make serve`, docs/deploy.md). Every value can be overridden
from the environment: GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_TIMEOUT, GUNICORN_ACCESS_LOG.
"""

import multiprocessing
import os
import sys
from pathlib import Path

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers: pages are short CPU-bound renders with a few queries each. Two per core plus
# one keeps every core busy while a worker waits on the database.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
# A request that runs longer than this is killed and its worker replaced (a stuck query).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so that no slow leak grows without bound.
max_requests = 2000
max_requests_jitter = 200

# One line per request on stdout ("-"), with the time it took in microseconds (%(D)s).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(D)sus "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Behind a proxy on this host: trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def on_starting(server):
    """Refuse to start production without collected static files: every page would be a 500."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from django.conf import settings

    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if "Manifest" in storage and not manifest.exists():
        sys.exit(
            f"Static files are not collected: {manifest} is missing. Run "
            "`python manage.py collectstatic --noinput` (make serve does) and start again."
        )
