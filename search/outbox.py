"""Changes the mirror has not applied yet: recorded with the change, applied in batches, never lost.

Every change to the database index is recorded here (`search_pendingchange`, one row per
source) when a mirror is configured, inside the transaction that made it; the background
task `search.tasks.sync_mirror` applies the rows and deletes them. While any row is left,
the mirror does not answer searches: the database does (see `search.engine`).
"""

import logging

from django.db.models import F
from django.utils import timezone

from .models import PendingChange

logger = logging.getLogger(__name__)

BATCH = 200


def record(sources):
    """Note that these sources changed; a source already waiting stays one row, with a new time."""
    now = timezone.now()
    for start in range(0, len(sources), 500):
        PendingChange.objects.bulk_create(
            [PendingChange(source=source, recorded_at=now) for source in sources[start : start + 500]],
            update_conflicts=True,
            unique_fields=["source"],
            update_fields=["recorded_at"],
        )


def pending():
    """True while any change waits for the mirror."""
    return PendingChange.objects.exists()


def count():
    return PendingChange.objects.count()


def catch_up(mirror):
    """Push every waiting source to the mirror, BATCH per request; returns how many were applied.

    A source changed again while it was being pushed keeps its row (its time is newer
    than the start), so the next run sends the newer state. Raises BackendUnavailable
    when the mirror fails, after noting the error on the rows still waiting.
    """
    started = timezone.now()
    applied = 0
    rows = list(PendingChange.objects.filter(recorded_at__lte=started).order_by("recorded_at", "pk"))
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        try:
            mirror.push([row.source for row in chunk])
        except Exception as error:
            PendingChange.objects.filter(pk__in=[row.pk for row in rows[start:]]).update(
                attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:1000]
            )
            raise
        PendingChange.objects.filter(pk__in=[row.pk for row in chunk], recorded_at__lte=started).delete()
        applied += len(chunk)
    return applied


def forget(before=None):
    """Drop the waiting changes (recorded before `before`): a full rebuild copied them all."""
    rows = PendingChange.objects.all()
    if before is not None:
        rows = rows.filter(recorded_at__lte=before)
    return rows.delete()[0]
