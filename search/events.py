"""Signals the search sends; anything that caches answers built from the index listens to them."""

from django.dispatch import Signal

# Sent after rows of the database index are rewritten and committed (an update after a
# publish, unpublish, privacy change..., a rebuild) and after the mirror applied pending
# changes, with `sources` (the object keys rewritten; None for everything). Whatever
# caches rendered results (the page cache, cms.cache) must forget them, and only now:
# forgetting before the rewrite lets a reader cache the old results again.
index_changed = Signal()
