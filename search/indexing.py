"""Turning objects into documents and keeping both indexes true: update, rebuild, check, catch-up."""

import logging
import sys

from django.apps import apps
from django.conf import settings
from django.dispatch import Signal

from wagtail.models import Page

from . import registry
from .backends import database
from .engine import BackendUnavailable, get_backend
from .models import PendingChange, SearchEntry

logger = logging.getLogger(__name__)

# Sent after a full rebuild, with the number of documents written.
index_rebuilt = Signal()


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


def update_sources(sources):
    """Reindex these objects in the database, then push them to Elasticsearch if it is configured.

    Runs after commit: it never raises into the publish that caused it, and an
    Elasticsearch failure only records the sources as pending.
    """
    documents, labels = [], []
    for source in sources:
        obj, kind = object_for_source(source)
        if obj is not None:
            documents += documents_for(obj, kind)
            labels += labels_for(obj, kind)
    database.write_documents(documents, sources=sources, labels=labels)
    backend = get_backend()
    if backend.name == "database":
        return
    try:
        backend.push_sources(sources)
    except BackendUnavailable as error:
        record_pending(sources, error)
        return
    if PendingChange.objects.exists():
        catch_up(backend)


def record_pending(sources, error):
    logger.warning("search index change queued, Elasticsearch unavailable: %s", error)
    for source in sources:
        change, _created = PendingChange.objects.get_or_create(source=source)
        change.attempts += 1
        change.last_error = str(error)[:1000]
        change.save()


def catch_up(backend=None):
    """Push the pending sources to Elasticsearch; returns how many were applied."""
    backend = backend or get_backend()
    if backend.name == "database":
        PendingChange.objects.all().delete()
        return 0
    pending = list(PendingChange.objects.order_by("recorded_at"))
    applied = 0
    for start in range(0, len(pending), 200):
        chunk = pending[start : start + 200]
        backend.push_sources([change.source for change in chunk])
        PendingChange.objects.filter(pk__in=[change.pk for change in chunk]).delete()
        applied += len(chunk)
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
    backend = get_backend()
    if backend.name != "database":
        backend.rebuild(Progress(SearchEntry.objects.count(), "elasticsearch", stream, progress_enabled))
        PendingChange.objects.all().delete()
    # Search results may differ now with no content changed (e.g. new analysis after a
    # deploy); whatever caches rendered results must forget them.
    index_rebuilt.send(sender=rebuild, documents=total)
    return total


def check():
    """What differs between the live public objects, the database index and Elasticsearch."""
    expected = {}
    for _obj, _kind, documents in iter_all_documents():
        for doc in documents:
            expected[doc.key] = doc.checksum()
    indexed = dict(SearchEntry.objects.values_list("key", "checksum"))
    report = {"database": compare(expected, indexed)}
    backend = get_backend()
    if backend.name != "database":
        report["elasticsearch"] = compare(indexed, backend.checksums())
    return report


def compare(expected, actual):
    return {
        "missing": sorted(set(expected) - set(actual)),
        "stale": sorted(key for key in set(expected) & set(actual) if expected[key] != actual[key]),
        "extra": sorted(set(actual) - set(expected)),
    }


def languages():
    return [code for code, _name in settings.LANGUAGES]
