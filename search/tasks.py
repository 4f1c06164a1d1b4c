"""The search's background work, on the tasks worker (django_tasks): applying changes to the mirror.

Publishing never waits for Elasticsearch: the database index is written after commit, the
change is recorded in the outbox, and `sync_mirror` is enqueued; the worker sends the
waiting changes in bulk batches. With the immediate backend (development, tests) it runs
at once, and an unreachable mirror costs one timeout, then nothing until
ELASTICSEARCH_RETRY_AFTER has passed.
"""

import logging
import time

from django_tasks import task

from django.conf import settings

from . import outbox
from .events import index_changed
from .mirror import get_mirror
from .results import BackendUnavailable, SearchRejected

logger = logging.getLogger(__name__)


@task()
def sync_mirror():
    """Apply every waiting change to the mirror; returns how many were applied (0 if it failed)."""
    mirror = get_mirror()
    if mirror is None:
        outbox.forget()
        return 0
    try:
        applied = outbox.catch_up(mirror)
    except (BackendUnavailable, SearchRejected) as error:
        # The rows stay, with the error noted on them, for the next run.
        logger.warning("search mirror did not take the changes, %d wait: %s", outbox.count(), error)
        return 0
    if applied:
        # The mirror answers again, possibly differently from the database that stood in.
        index_changed.send(sender=sync_mirror, sources=None)
    return applied


class CatchUpThrottle:
    """Enqueues `sync_mirror` at most once per ELASTICSEARCH_RETRY_AFTER seconds in this process.

    Searches call it while changes wait (after an outage, nothing else would send them), so
    a busy site does not enqueue one task per reader.
    """

    def __init__(self):
        self.last = None

    def request(self):
        now = time.monotonic()
        interval = float(getattr(settings, "ELASTICSEARCH_RETRY_AFTER", 30.0))
        if self.last is not None and now - self.last < interval:
            return False
        self.last = now
        sync_mirror.enqueue()
        return True


catch_up_throttle = CatchUpThrottle()
