"""Turning objects into documents and keeping the indexes true: update, rebuild, check.

The database index is written first, always; a mirror, when configured, is told later by
the background task `search.tasks.sync_mirror` (see `search.outbox`).
"""

import logging
import sys

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from . import outbox, registry
from .backends import database
from .events import index_changed
from .mirror import get_mirror
from .models import SearchEntry
from .tasks import sync_mirror

logger = logging.getLogger(__name__)


def object_for_source(source):
    """The live public object behind a source with its kind, or (None, None) if it must not be indexed."""
    label, pk = registry.parse_source(source)
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None, None
    if model is Page:
        page = Page.objects.filter(pk=pk).select_related("content_type").first()
        if page is None:
            return None, None
        model = page.specific_class
        if model is None:
            return None, None
    kind = registry.kind_for_model(model)
    if kind is None:
        return None, None
    return kind.queryset().filter(pk=pk).first(), kind


def documents_for(obj, kind):
    return list(kind.documents(obj))


def labels_for(obj, kind):
    if kind.facet_labels is None:
        return []
    language = obj.locale.language_code
    return [(facet, value, language, label) for facet, value, label in kind.facet_labels(obj)]


def record(sources):
    """Inside the transaction that changed these sources: note them for the mirror, if there is one."""
    if get_mirror() is not None:
        outbox.record(sources)


def update_sources(sources):
    """Rewrite these objects' rows of the database index, then have the mirror told in the background.

    Runs after commit. The content version of cached pages is bumped after the rows are
    committed (`events.index_changed`), never before, so no reader caches the old results
    under the new version. Publishing never waits for the mirror: `sync_mirror` runs on the
    tasks worker (at once with the immediate backend, where an unreachable mirror costs one
    timeout per ELASTICSEARCH_RETRY_AFTER).
    """
    documents, labels = [], []
    for source in sources:
        obj, kind = object_for_source(source)
        if obj is not None:
            documents += documents_for(obj, kind)
            labels += labels_for(obj, kind)
    database.write_documents(documents, sources=sources, labels=labels)
    transaction.on_commit(lambda: index_changed.send(sender=update_sources, sources=list(sources)))
    if get_mirror() is not None:
        # Recorded with the change already; recording again covers writes made outside the signals.
        outbox.record(list(sources))
        transaction.on_commit(sync_mirror.enqueue)


def catch_up():
    """Apply the changes waiting for the mirror now, in this process; returns how many were applied."""
    mirror = get_mirror()
    if mirror is None:
        outbox.forget()
        return 0
    applied = outbox.catch_up(mirror)
    if applied:
        index_changed.send(sender=catch_up, sources=None)
    return applied


def iter_all_documents(progress=None):
    """Every document of every kind, built in batches with the kind's queryset."""
    for kind in registry.kinds():
        queryset = kind.queryset().order_by("pk")
        for obj in queryset.iterator(chunk_size=500):
            if progress:
                progress()
            yield obj, kind, documents_for(obj, kind)


def count_objects():
    return sum(kind.queryset().count() for kind in registry.kinds())


class Progress:
    """A plain progress bar on a terminal; silent otherwise."""

    def __init__(self, total, label, stream=None, enabled=True):
        self.total, self.label, self.done = max(total, 1), label, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, step=1):
        self.done += step
        if self.enabled and (self.done % 50 == 0 or self.done >= self.total):
            width = 30
            filled = int(width * min(self.done, self.total) / self.total)
            self.stream.write(
                f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
            )
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()


def rebuild(progress_enabled=True, stream=None):
    """Rebuild the database index, then (with Elasticsearch) new indices swapped in behind the aliases."""
    progress = Progress(count_objects(), "database", stream, progress_enabled)
    database.clear()
    batch, labels = [], []
    total = 0
    for obj, kind, documents in iter_all_documents(progress):
        batch += documents
        labels += labels_for(obj, kind)
        if len(batch) >= 1000:
            database.write_documents(batch, labels=labels)
            total += len(batch)
            batch, labels = [], []
    database.write_documents(batch, labels=labels)
    total += len(batch)
    mirror = get_mirror()
    if mirror is not None:
        started = timezone.now()
        mirror.rebuild(Progress(SearchEntry.objects.count(), "elasticsearch", stream, progress_enabled))
        outbox.forget(before=started)
    # Search results may differ now with no content changed (e.g. new analysis after a
    # deploy); whatever caches rendered results must forget them.
    index_changed.send(sender=rebuild, sources=None)
    return total


def check():
    """What differs between the live public objects, the database index and Elasticsearch."""
    expected = {}
    for _obj, _kind, documents in iter_all_documents():
        for doc in documents:
            expected[doc.key] = doc.checksum()
    indexed = dict(SearchEntry.objects.values_list("key", "checksum"))
    report = {"database": compare(expected, indexed)}
    mirror = get_mirror()
    if mirror is not None:
        report[mirror.name] = compare(indexed, mirror.checksums())
    return report


def compare(expected, actual):
    return {
        "missing": sorted(set(expected) - set(actual)),
        "stale": sorted(key for key in set(expected) & set(actual) if expected[key] != actual[key]),
        "extra": sorted(set(actual) - set(expected)),
    }
