"""The report for joint meetings as a PDF: the same content as its HTML page, on A4.

`pdf_response` answers GET and HEAD of ``<plan>/report/<yyyy-mm-dd>/?format=pdf`` once
the page's own route has checked the plan is live and the reader may see it (Wagtail's
serve: drafts 404, restricted plans send the reader to log in or to the password form).

- ETag: a digest of the document's HTML (every figure, title and note in it), so a client's
  conditional GET gets 304 until the report's content changes, and the PDF itself is only
  laid out when it did (WeasyPrint takes about a second for a two-year plan);
- Last-Modified: the moment the current site-wide content version was first served for
  this plan, day and language (any edit replaces the content version, `cms.cache`);
- the PDF bytes are kept in the page cache under the same digest (`cms.pdf.pdf_bytes`), so
  a change of content gives a new PDF at once and unchanged content is laid out once.
"""

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from cms import pdf
from cms.cache import content_version

TEMPLATE = "programmes/action_plan_report_pdf.html"


def last_modified(page, day):
    """When this plan's report for `day` was first served in its current content version (aware)."""
    cache = caches[settings.PAGE_CACHE_ALIAS]
    key = f"programmes:report-modified:{content_version()}:{page.pk}:{day.isoformat()}"
    stamp = cache.get(key)
    if stamp is None:
        stamp = timezone.now().replace(microsecond=0)
        cache.add(key, stamp, None)
        stamp = cache.get(key, stamp)
    return stamp


def document_html(request, page, state, day):
    """The report's HTML as the PDF lays it out (a str)."""
    return render_to_string(
        TEMPLATE,
        {
            "page": page,
            "progress": state,
            "report_day": day,
            "progress_url": request.build_absolute_uri(page.url),
        },
        request=None,
    )


def pdf_response(request, page, state, day):
    """The report's PDF response (200 with the PDF, or 304), inline, named after the plan and day."""
    html = document_html(request, page, state, day)
    base_url = request.build_absolute_uri("/")
    etag = f'"{pdf.digest(base_url + html)[:32]}"'
    modified = last_modified(page, day).timestamp()
    headers = {"ETag": etag, "Last-Modified": http_date(modified)}
    not_modified = get_conditional_response(request, etag=etag, last_modified=modified)
    if not_modified is not None:
        for name, value in headers.items():
            not_modified[name] = value
        return not_modified
    response = HttpResponse(pdf.pdf_bytes(html, base_url), content_type="application/pdf", headers=headers)
    response["Content-Disposition"] = f'inline; filename="{page.slug}-{day.isoformat()}.pdf"'
    return response
