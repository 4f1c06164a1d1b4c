"""A page cache for anonymous readers that is emptied the moment any content changes.

Every cached page is stored under a key that includes a site-wide *content version*.
Saving or deleting anything a reader can see (a page, a snippet, an image, a view
restriction, a setting...) replaces the version, so every page cached before the
change is unreachable at once; nothing has to know which pages showed what.

What is never cached: requests that carry a session cookie (logged-in editors, readers
who passed a page password), responses for authenticated users, responses that set a
cookie or used a CSRF token, responses whose scripts carry a CSP nonce (replaying a
nonce would defeat it), non-200 responses, non-HTML, and the admin. Per-user responses
get `Cache-Control: private` so shared caches downstream keep them to that user.

The cache alias `pages` must be shared by every server process (file-based by default,
see settings), or a publish in one process would leave another one serving old pages.
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control
from django.utils.encoding import iri_to_uri

from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "content-version"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/i18n/")
# Models written while serving or logging that never change what a reader sees.
BOOKKEEPING = {
    ("sessions", "session"),
    ("admin", "logentry"),
    ("auth", "user"),
    ("wagtailcore", "pagelogentry"),
    ("wagtailcore", "modellogentry"),
    ("wagtailcore", "revision"),
    ("wagtailcore", "pagesubscription"),
    ("wagtailcore", "workflowstate"),
    ("wagtailcore", "taskstate"),
    ("wagtailcore", "referenceindex"),
    ("wagtailimages", "rendition"),
    ("wagtailusers", "userprofile"),
    ("wagtailadmin", "editingsession"),
    ("wagtailsearch", "indexentry"),
    ("wagtailsearch", "sqliteftsindexentry"),
}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def content_version():
    version = page_cache().get(VERSION_KEY)
    if version is None:
        version = bump_content_version()
    return version


def bump_content_version():
    version = uuid.uuid4().hex
    page_cache().set(VERSION_KEY, version, None)
    return version


def content_changed(sender, using=None, **kwargs):
    """Signal receiver: forget every cached page, now and again when the transaction commits.

    The second bump closes the window where a reader renders the old content after the
    write but before the commit, and caches it under the new version.
    """
    if (sender._meta.app_label, sender._meta.model_name) in BOOKKEEPING:
        return
    bump_content_version()
    transaction.on_commit(bump_content_version, using=using)


def page_event(sender, instance=None, **kwargs):
    content_changed(type(instance) if instance is not None else sender, **kwargs)


def connect_signals():
    """Called from CmsConfig.ready(): any model save, delete or relation change counts."""
    post_save.connect(content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m")
    # Publishing, unpublishing and moving also write with update queries, which send no post_save.
    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(page_event, dispatch_uid=f"page-cache-{name}")
    # The search index is written with plain SQL (no model signals) after the content's
    # commit; its signal comes once the rows are committed, so results cached in between go.
    from search.events import index_changed

    index_changed.connect(rebuilt, dispatch_uid="page-cache-search-rebuilt")


def rebuilt(sender, **kwargs):
    bump_content_version()


def cache_key(request, version):
    url = iri_to_uri(request.build_absolute_uri())
    return f"page:{version}:{url}"


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


def _is_public(request, response):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    return not response.has_header("Cache-Control") or "private" not in response["Cache-Control"]


def _may_store(request, response):
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    policy = response.get("Content-Security-Policy", "")
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and vary <= {"cookie"}
        and "'nonce-" not in policy
    )


class PageCacheMiddleware:
    """Serve anonymous GETs from the page cache; store the responses that are safe to share.

    Sits above the CSP, session, CSRF and authentication middleware, so it sees the
    final headers (including the CSP) before it stores a response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            response = self.get_response(request)
            if not _is_public(request, response):
                patch_cache_control(response, private=True)
            return response

        version = content_version()
        key = cache_key(request, version)
        cached = page_cache().get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        if not _is_public(request, response):
            patch_cache_control(response, private=True)
        elif _may_store(request, response):
            page_cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
