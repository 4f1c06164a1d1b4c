"""The database search index: one row per document, its facet values, labels and pending changes.

The full-text part lives beside these tables and is created by migration 0002:
an FTS5 table on SQLite, a weighted tsvector column with a GIN index on PostgreSQL.
"""

from django.db import models


class SearchEntry(models.Model):
    """One indexed document; also the source the Elasticsearch documents are built from."""

    key = models.CharField(max_length=200, unique=True)
    source = models.CharField(max_length=200, db_index=True)
    kind = models.CharField(max_length=50)
    language = models.CharField(max_length=10)
    translation_key = models.CharField(max_length=100)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    checksum = models.CharField(max_length=40)

    class Meta:
        indexes = [
            models.Index(fields=["language", "date"], name="search_entry_lang_date"),
            models.Index(fields=["translation_key"], name="search_entry_translation"),
        ]

    def __str__(self):
        return self.key


class SearchFacet(models.Model):
    """One facet value of one document (a document has many countries, tags, ...)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "entry"], name="search_facet_value")]
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="search_facet_unique"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


class FacetLabel(models.Model):
    """The name of a facet value in one language, e.g. country "az" is "Azerbaijan" in English."""

    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    label = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value", "language"], name="search_label_unique"),
        ]

    def __str__(self):
        return self.label


class PendingChange(models.Model):
    """An object whose documents changed while Elasticsearch was unreachable."""

    source = models.CharField(max_length=200, unique=True)
    recorded_at = models.DateTimeField(auto_now=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    def __str__(self):
        return self.source
