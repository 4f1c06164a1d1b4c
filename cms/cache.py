"""A page cache for anonymous readers that is emptied the moment any content changes.

Every cached page is stored under a key that includes a site-wide *content version*.
Saving or deleting anything a reader can see (a page, a snippet, an image, a view
restriction, a setting...) replaces the version, so every page cached before the
change is unreachable at once; nothing has to know which pages showed what.

What is never cached: requests that carry a session cookie (logged-in editors, readers
who passed a page password), responses for authenticated users, responses that set a
cookie or used a CSRF token, responses whose scripts carry a CSP nonce (replaying a
nonce would defeat it), responses marked `Cache-Control: no-store`, `no-cache` or
`private`, non-200 responses (a 404 costs two queries instead), non-HTML, and the admin.
A URL with a query string (search results...) is stored only from its second request,
so random query strings cannot flood the cache and evict the pages. Per-user responses
get `Cache-Control: private` so shared caches downstream keep them to that user.

The cache alias `pages` must be shared by every server process (file-based by default,
see settings), or a publish in one process would leave another one serving old pages.
"""

import hashlib
import threading
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control
from django.utils.encoding import iri_to_uri

from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "content-version"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/i18n/", "/health/", "/media/")
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


# The content version read once per request (set by the middleware, cleared by a bump in
# the same thread), so a request reads the shared cache once, not once per lookup.
_pinned = threading.local()


def content_version():
    version = getattr(_pinned, "version", None)
    if version is not None:
        return version
    version = page_cache().get(VERSION_KEY)
    if version is None:
        version = bump_content_version()
    if getattr(_pinned, "active", False):
        _pinned.version = version
    return version


def bump_content_version():
    version = uuid.uuid4().hex
    page_cache().set(VERSION_KEY, version, None)
    _pinned.version = None
    return version


@contextmanager
def pinned_content_version():
    """Read the content version at most once inside the block (one request).

    A request starts outside any transaction, so it also starts with no uncommitted writes.
    """
    _pinned.active, _pinned.version, _pinned.dirty = True, None, False
    try:
        yield
    finally:
        _pinned.active, _pinned.version = False, None


class Structure:
    """Values every public request reads, built at most once per content version per process.

    Sites, locales, home pages, view restrictions, the section menus, site settings and the
    home page's figures change only when content changes, and any content change replaces
    the content version, so a value kept here is never stale: the next request after a
    publish, on any host sharing the cache, builds a fresh one.
    """

    def __init__(self, version):
        self.version = version
        self.values = {}


_structure = Structure(None)


def _current_structure():
    global _structure
    version = content_version()
    if _structure.version != version:
        _structure = Structure(version)
    return _structure


def recall(key):
    """The value kept under `key` for the current content version, or None."""
    return _current_structure().values.get(key)


def remember(key, value):
    """Keep `value` under `key` until the content version changes (not while writes are uncommitted)."""
    structure = _current_structure()
    if not getattr(_pinned, "dirty", False):
        structure.values[key] = value


def memoize(key, build):
    """`build()` once per content version in this process, then the same value until content changes.

    For values that depend only on content (never on the user or the request). While this
    thread has uncommitted content writes the value is built but not kept, so a rolled-back
    write never leaves a trace.
    """
    current = _current_structure()
    try:
        return current.values[key]
    except KeyError:
        pass
    value = build()
    if not getattr(_pinned, "dirty", False):
        current.values[key] = value
    return value


def content_changed(sender, using=None, **kwargs):
    """Signal receiver: forget every cached page, now and again when the transaction commits.

    The second bump closes the window where a reader renders the old content after the
    write but before the commit, and caches it under the new version.
    """
    if (sender._meta.app_label, sender._meta.model_name) in BOOKKEEPING:
        return
    # A model an app declares private to its writers (a reader's saved self-check, a
    # registration, a built delivery kit) never changes a cached page; anonymous visitors
    # write these, so letting them empty the cache would let anyone flood the database.
    if getattr(sender, "changes_public_pages", True) is False:
        return
    bump_content_version()
    if transaction.get_connection(using).in_atomic_block:
        # Until the commit, what this thread reads may be rolled back: keep it out of the
        # shared per-process structure (see memoize()).
        _pinned.dirty = True
    transaction.on_commit(_committed, using=using)


def _committed():
    _pinned.dirty = False
    bump_content_version()


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


def rebuilt(sender, **kwargs):
    """Receiver for derived data written without model signals (a search index rebuild):
    connected by the app that owns that data, since the core knows no app above it."""
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


def _cache_control(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


def _may_store(request, response):
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    policy = response.get("Content-Security-Policy", "")
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and vary <= {"cookie"}
        and "'nonce-" not in policy
        # The view said so: e.g. search results served by the fallback during an outage.
        and not _cache_control(response) & {"no-store", "private", "no-cache"}
    )


# How long a URL with a query string is remembered as "asked once" (SEEN_ALIAS cache).
SEEN_SECONDS = 600


def _seen_before(key):
    """True from the second request for `key` within SEEN_SECONDS.

    URLs with a query string (search results, filters, pagination, and any junk a crawler
    appends) are countless: storing each on its first request would let random query
    strings evict the real pages. They are stored from their second request on. The marks
    live in the `default` cache, never in the page cache, so they cannot evict pages either.
    """
    marks = caches[getattr(settings, "PAGE_CACHE_SEEN_ALIAS", "default")]
    return not marks.add(f"page-seen:{hashlib.sha256(key.encode()).hexdigest()}", 1, SEEN_SECONDS)


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
            if request.META.get("QUERY_STRING") and not _seen_before(key.split(":", 2)[2]):
                response["X-Page-Cache"] = "first"
                return response
            page_cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


# -- What every public request reads, from the per-content-version structure ----------------


def locales_by_code():
    """{language code: Locale}; one query per content version and process."""
    from wagtail.models import Locale

    return memoize("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def locale_for_language(code):
    """The Locale of a language code, or None when the site has no such locale. No query when warm."""
    return locales_by_code().get(code)


def locale_by_id(locale_id):
    """The Locale with this id (the language of a translatable item) without a query when warm.

    Use it instead of `item.locale` wherever only the language code is needed, e.g. in URLs.
    """
    from wagtail.models import Locale

    for locale in locales_by_code().values():
        if locale.pk == locale_id:
            return locale
    return Locale.objects.get(pk=locale_id)


def default_locale():
    """The Locale of the default language (LANGUAGE_CODE)."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale

    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return locale_for_language(code) or Locale.get_default()


def current_locale():
    """The Locale of the active language, falling back to the default locale.

    Wagtail's `Locale.get_active()` (behind `page.localized`, `{% pageurl %}` of a chooser
    block...), answered from the cache: installed as `Locale.get_active` by CmsConfig.ready().
    """
    from django.utils.translation import get_language

    from wagtail.coreutils import get_supported_content_language_variant

    try:
        code = get_supported_content_language_variant(get_language())
    except LookupError:
        return default_locale()
    return locale_for_language(code) or default_locale()


def site_for_request(request):
    """Wagtail's Site.find_for_request, memoized per host name and port (allowed hosts only)."""
    from wagtail.models import Site

    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: CommonMiddleware answers 400; never keep such a key
        return Site.find_for_request(request)
    return memoize(("site", host, request.get_port()), lambda: Site._find_for_request(request))


def home_page(site, language):
    """The site's home page in `language` (Wagtail's `root_page.localized`): a base Page, shared.

    Callers must not change it; `copy.copy()` it before adding attributes.
    """

    def build():
        root = site.root_page
        locale = locale_for_language(language)
        if locale is None or locale.pk == root.locale_id:
            return root
        translation = root.get_translations().filter(locale_id=locale.pk).first()
        return translation if translation is not None and translation.live else root

    return memoize(("home", site.pk, language), build)


def view_restrictions():
    """[(restriction id, page path)] of every page view restriction on the site."""
    from wagtail.models import PageViewRestriction

    return memoize(
        "view-restrictions",
        lambda: list(PageViewRestriction.objects.order_by("page__path").values_list("id", "page__path")),
    )


def restriction_ids_for(page):
    """Ids of the view restrictions on `page` and its ancestors; no query when warm."""
    return [pk for pk, path in view_restrictions() if page.path.startswith(path)]


def private_q(queryset=None):
    """Wagtail's PageQuerySet.private_q() from the cached restrictions: no query when warm.

    Installed as PageQuerySet.private_q (see CmsConfig.ready), so `.public()` anywhere costs
    no query for the restrictions.
    """
    from django.db.models import Q

    q = Q()
    for path in {path for _pk, path in view_restrictions()}:
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def site_setting(model, site):
    """A site setting (BaseSiteSetting subclass) for `site`, memoized.

    Unlike Wagtail's `for_site`, a missing row is not created by a public GET (a write, which
    would also replace the content version): the defaults of an unsaved instance serve.
    """

    def build():
        queryset = model.base_queryset() if hasattr(model, "base_queryset") else model.objects.all()
        return queryset.filter(site=site).first() or model(site=site)

    return memoize(("setting", model._meta.label, site.pk), build)
