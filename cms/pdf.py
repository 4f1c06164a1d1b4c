"""PDF from the site's own HTML with WeasyPrint, which only ever reads our static files.

`render(html, base_url)` lays a document out; `pdf_bytes(html, base_url)` gives its PDF,
kept in the page cache under a digest of the HTML, so the same content is laid out once
and any change of content (which changes the HTML) gives a new PDF at once.

WeasyPrint would otherwise fetch every `src`/`href` of the document (stylesheets, images,
fonts), also from the network. `StaticFilesFetcher` answers the addresses under
`STATIC_URL` from the static files (the collected ones first, then the finders) and
`data:` URIs, and refuses everything else: an editor's image link to an outside host,
a media upload, a page of the site. A refused resource is left out of the PDF (WeasyPrint
logs a warning); it never fails the rendering.
"""

import hashlib
import posixpath
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.urls import URLFetcherResponse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

from cms.cache import page_cache

# Part of the cache key: bump it when the way PDFs are made changes (fonts, fetcher).
RENDERER = f"weasyprint-{weasyprint.__version__}-1"


class StaticFilesFetcher(weasyprint.URLFetcher):
    """A WeasyPrint URL fetcher that serves only the site's static files and `data:` URIs.

    A URL is served when its path lies under the path of `STATIC_URL` (whatever its host,
    since nothing is fetched from a host: the file is read from this machine); `..` never
    leaves the static files. Anything else raises `ValueError`, which WeasyPrint reports
    as a warning and skips.
    """

    def __init__(self, **kwargs):
        super().__init__(allowed_protocols=("data", "http", "https", "file"), **kwargs)
        self.prefix = urlsplit(settings.STATIC_URL).path

    def static_name(self, url):
        """The static file's name ('programmes/actionplan.css') for `url`, or None."""
        path = unquote(urlsplit(url).path)
        if not path.startswith(self.prefix):
            return None
        name = posixpath.normpath(path[len(self.prefix) :])
        if name.startswith(("/", "..")) or name == ".":
            return None
        return name

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        name = self.static_name(url)
        if name is None:
            raise ValueError(f"not a static file of the site: {url}")
        return URLFetcherResponse(url, body=read_static(name), headers=_type_header(name))


def read_static(name):
    """The bytes of static file `name`: the collected copy (hashed names too), else the source."""
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            return handle.read()
    found = finders.find(name)
    if not found:
        raise ValueError(f"no static file {name}")
    with open(found, "rb") as handle:
        return handle.read()


TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2"}


def _type_header(name):
    content_type = TYPES.get(posixpath.splitext(name)[1].lower(), "application/octet-stream")
    return {"Content-Type": content_type + ("; charset=utf-8" if content_type == "text/css" else "")}


def render(html, base_url):
    """The laid-out `weasyprint.Document` of `html` (a str); relative links resolve against `base_url`."""
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher()).render()


def digest(html):
    """A digest of `html` and the renderer: the same value on every server for the same content."""
    return hashlib.sha256(f"{RENDERER}\n{html}".encode()).hexdigest()


def pdf_bytes(html, base_url, timeout=None):
    """The PDF of `html` (bytes starting with %PDF), from the page cache when laid out before.

    Kept for `timeout` seconds (PAGE_CACHE_SECONDS by default; 0 keeps nothing). The key is
    the digest of the HTML and of `base_url` (links in the PDF are absolute), so a cached
    PDF is only ever the one of exactly this content.
    """
    timeout = settings.PAGE_CACHE_SECONDS if timeout is None else timeout
    key = "pdf:" + digest(f"{base_url}\n{html}")
    if timeout > 0:
        cached = page_cache().get(key)
        if cached is not None:
            return cached
    data = render(html, base_url).write_pdf()
    if timeout > 0:
        page_cache().set(key, data, timeout)
    return data
