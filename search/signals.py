"""Keep the index true: every publish, unpublish, move, delete or privacy change reindexes after commit."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms import cache

from . import events, indexing, registry


def schedule(sources):
    """Reindex these sources once the transaction commits, so a rollback indexes nothing.

    The mirror's share is recorded now, inside the transaction, so a change that commits
    is never lost to it. `robust`: one failing reindex does not stop the others.
    """
    sources = list(dict.fromkeys(sources))
    if not sources:
        return
    indexing.record(sources)
    transaction.on_commit(lambda: indexing.update_sources(sources), robust=True)


def subtree_sources(page):
    """A page and its descendants: privacy, moves and slugs are inherited down the tree."""
    ids = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    return [f"wagtailcore.page:{pk}" for pk in ids]


def on_page_published(sender, instance, **kwargs):
    schedule([registry.source_for(instance)])


def on_page_unpublished(sender, instance, **kwargs):
    schedule([registry.source_for(instance)])


def on_page_subtree_changed(sender, instance, **kwargs):
    schedule(subtree_sources(instance))


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        schedule([registry.source_for(instance)])


def on_view_restriction_changed(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:
        return
    schedule(subtree_sources(page))


def on_snippet_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    schedule([registry.source_for(instance)])


def connect():
    # The index is written with plain SQL (no model signals) after the content's commit; its
    # signal comes once the rows are committed, so the page cache forgets results cached in between.
    events.index_changed.connect(cache.rebuilt, dispatch_uid="page-cache-search-rebuilt")
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_page_subtree_changed, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_page_subtree_changed, dispatch_uid="search_page_slug_changed")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_pvr_saved"
    )
    post_delete.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_pvr_deleted"
    )
    for kind in registry.kinds():
        if kind.is_page:
            continue
        uid = f"search_{kind.model._meta.label_lower}"
        post_save.connect(on_snippet_changed, sender=kind.model, dispatch_uid=uid + "_saved")
        post_delete.connect(on_snippet_changed, sender=kind.model, dispatch_uid=uid + "_deleted")
