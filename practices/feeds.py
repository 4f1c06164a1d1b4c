"""RSS and Atom feeds of new practices and replication guides, one per language (the section's).

Items: the 20 most recently first-published live, public pages below the section, newest
first. The views answer HEAD and conditional GET (ETag and Last-Modified from the newest
publication and the number of items), so feed readers re-download only when something changed.
"""

import hashlib

from django.contrib.syndication.views import Feed
from django.db.models import Count, Max
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_safe

FEED_SIZE = 20


class PracticeFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, section):
        super().__init__()
        self.section = section

    def title(self):
        return _("Jembatan: good practices and replication guides")

    def link(self):
        return self.section.url

    def description(self):
        return _("New good practices and replication guides of the Indonesia–Azerbaijan cooperation.")

    def items(self):
        return list(
            self.section.get_descendants()
            .live()
            .public()
            .order_by("-first_published_at", "-pk")
            .specific()[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or item.search_description

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_guid(self, item):
        return f"jembatan-page-{item.pk}"

    item_guid_is_permalink = False


class PracticeAtomFeed(PracticeFeed):
    feed_type = Atom1Feed
    subtitle = PracticeFeed.description


def _state(section):
    return (
        section.get_descendants()
        .live()
        .public()
        .aggregate(newest=Max("last_published_at"), count=Count("pk"))
    )


def feed_response(request, section, atom=False):
    """The feed for `section`, answering HEAD and If-None-Match / If-Modified-Since with 304."""
    state = {}

    def load(request):
        if not state:
            state.update(_state(section))
        return state

    def etag(request):
        data = load(request)
        newest = data["newest"].isoformat() if data["newest"] else "-"
        key = f"{section.pk}:{section.locale_id}:{atom}:{data['count']}:{newest}"
        return hashlib.sha1(key.encode()).hexdigest()[:20]

    def last_modified(request):
        return load(request)["newest"]

    feed = (PracticeAtomFeed if atom else PracticeFeed)(section)
    view = require_safe(condition(etag_func=etag, last_modified_func=last_modified)(feed))
    return view(request)
