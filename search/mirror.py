"""The optional mirror: a second index that copies the database index and answers searches for it.

The database index is always written first and is the truth; a mirror (Elasticsearch,
configured by `ELASTICSEARCH_URL`) only copies its rows, in the background, and answers
searches while it holds every change. Nothing else in the search asks which mirror it is.
"""

from typing import Protocol

from django.conf import settings
from django.core.signals import setting_changed

from .backends.elasticsearch import ElasticsearchMirror
from .results import RawResults


class Mirror(Protocol):
    """What the engine, the indexer and the commands need from a mirror.

    Every method raises `results.BackendUnavailable` when the mirror cannot answer, and
    `search`/`autocomplete` raise `results.SearchRejected` for a request it refuses.
    """

    name: str
    # Whether this process's last request to the mirror succeeded.
    healthy: bool

    def available(self) -> bool:
        """False while the mirror is presumed down after a refused connection or a timeout."""

    def ping(self, timeout: float) -> bool:
        """Whether the mirror answers within `timeout` seconds (the health check)."""

    def search(self, query) -> RawResults:
        """One page of results for a `query.SearchQuery`, with facet counts and "did you mean"."""

    def autocomplete(self, text: str, language: str, limit: int) -> list[dict]:
        """Titles starting with `text`: [{"key", "title", "url"}]."""

    def push(self, sources: list[str]) -> None:
        """Make the mirror hold exactly the database index's documents of these sources."""

    def rebuild(self, progress) -> None:
        """Copy the whole database index into new indices, then switch to them at once."""

    def checksums(self) -> dict[str, str]:
        """key -> checksum of every document the mirror holds."""


_mirror = None


def get_mirror() -> Mirror | None:
    """The configured mirror, made once per process; None when the database index answers alone."""
    global _mirror
    if not settings.ELASTICSEARCH_URL:
        return None
    if _mirror is None:
        _mirror = ElasticsearchMirror(settings.ELASTICSEARCH_URL)
    return _mirror


def _reset(setting, **kwargs):
    global _mirror
    if setting.startswith("ELASTICSEARCH"):
        _mirror = None


setting_changed.connect(_reset)
