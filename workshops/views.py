"""Public views of the workshops calendar: lists, a month view, `.ics` files and feeds.

Every view reads only `queries.public_workshops()` in the reader's language. Calendar
files answer HEAD and conditional GET: the ETag is a hash of the body, Last-Modified the
moment this process first saw the current site-wide content version.
"""

import calendar as month_calendar
import datetime as dt
import hashlib
import zoneinfo
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.cache import content_version
from cms.models import Country

from . import ics, queries
from .clocks import READER_ZONES, SUGGESTED_ZONES, clock_for, reader_zone
from .models import LANGUAGE_FIELDS, EventLanguage, WorkshopKind

LIST_PER_PAGE = 24
FIRST_YEAR, LAST_YEAR = 2000, 2100
# Month bounds are read in Jakarta time, where most of the programme's events happen;
# each event is then placed on the days of its own zone.
MONTH_ZONE = zoneinfo.ZoneInfo("Asia/Jakarta")


def language_workshops():
    return queries.public_workshops().filter(locale__language_code=get_language())


def read_filters(request):
    """The filters a reader asked for, unknown values dropped (never an error).

    A dropped kind or language sets `request.filters_ignored`, so the page says so. The module
    filter keeps its value only when it is the code of a live, public module in the reader's
    language; `module_error` then explains why another value was ignored.
    """
    kind = request.GET.get("kind", "")
    language = request.GET.get("language", "")
    country = request.GET.get("country", "")[:3]
    filters = {
        "kind": kind if kind in WorkshopKind.values else "",
        "language": language if language in LANGUAGE_FIELDS else "",
        "country": country.upper() if country.isalpha() else "",
        "module": "",
    }
    request.filters_ignored = (kind, language) != (filters["kind"], filters["language"])
    module = request.GET.get("module", "").strip()
    codes = queries.public_module_codes(get_language())
    if module in codes:
        filters["module"] = module
    elif module:
        message = _("“%(code)s” is not the code of a published training module; showing all modules.")
        request.module_error = message % {"code": module[:40]}
    request.module_codes = codes
    return filters


def rows(workshops, requested_zone):
    """`(page, span)` pairs: each event's start and end on its own clock and the second one."""
    return [
        (page, clock_for(page.time_zone, requested_zone).span(page.start, page.end)) for page in workshops
    ]


def filter_context(request, filters):
    countries = (
        Country.objects.filter(locale__language_code=get_language(), code__isnull=False)
        .exclude(code="")
        .order_by("name")
    )
    chosen = reader_zone(request.GET)
    zones = list(READER_ZONES)
    if chosen.zone and chosen.zone not in dict(zones):
        zones.append((chosen.zone, chosen.zone.replace("_", " ")))
    return {
        "filters": filters,
        "kinds": WorkshopKind.choices,
        "languages": EventLanguage.choices,
        "countries": countries,
        "zones": zones,
        "tz": chosen.zone or "",
        "reader_zone": chosen,
        "zone_suggestions": SUGGESTED_ZONES,
        "module_codes": getattr(request, "module_codes", []),
        "module_error": getattr(request, "module_error", ""),
        "filters_ignored": getattr(request, "filters_ignored", False),
    }


def feed_links(request):
    """Subscribable feeds: `(label, https URL, webcal URL)` for all, upcoming and each kind."""
    entries = [
        (_("All events"), reverse("workshops:feed_all")),
        (_("Upcoming events"), reverse("workshops:feed_upcoming")),
    ]
    entries += [
        (label, reverse("workshops:feed_kind", args=[value])) for value, label in WorkshopKind.choices
    ]
    host = request.get_host()
    return [(label, request.build_absolute_uri(path), f"webcal://{host}{path}") for label, path in entries]


@require_safe
def workshop_list(request):
    """Upcoming events soonest first, or `?when=past` latest first; filters by kind, country, language."""
    filters = read_filters(request)
    when = "past" if request.GET.get("when") == "past" else "upcoming"
    workshops = queries.filter_workshops(language_workshops(), **filters)
    workshops = queries.past(workshops) if when == "past" else queries.upcoming(workshops)
    page_obj = Paginator(queries.with_listing_relations(workshops), LIST_PER_PAGE).get_page(
        request.GET.get("page")
    )
    query = {key: value for key, value in filters.items() if value}
    if when == "past":
        query["when"] = "past"
    context = {
        "when": when,
        "page_obj": page_obj,
        "rows": rows(page_obj.object_list, reader_zone(request.GET).zone),
        "query": urlencode(query),
        "feeds": feed_links(request),
        "today": timezone.localdate(timezone=MONTH_ZONE),
        **filter_context(request, filters),
    }
    return render(request, "workshops/workshop_list.html", context)


@require_safe
def workshop_month(request, year, month):
    """One month: its days that have events, each event on the days of its own zone."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404(_("No such month."))
    filters = read_filters(request)
    workshops = queries.with_listing_relations(
        queries.in_month(queries.filter_workshops(language_workshops(), **filters), year, month, MONTH_ZONE)
    )
    first = dt.date(year, month, 1)
    last = dt.date(year, month, month_calendar.monthrange(year, month)[1])
    days = {}
    for page, span in rows(workshops, reader_zone(request.GET).zone):
        start_day, end_day = span["event"][0].local.date(), span["event"][1].local.date()
        day = max(start_day, first)
        while day <= min(end_day, last):
            days.setdefault(day, []).append((page, span))
            day += dt.timedelta(days=1)
    previous_month = (first - dt.timedelta(days=1)).replace(day=1)
    next_month = last + dt.timedelta(days=1)
    query = urlencode({key: value for key, value in filters.items() if value})
    context = {
        "month": first,
        "days": sorted(days.items()),
        "previous_month": previous_month if previous_month.year >= FIRST_YEAR else None,
        "next_month": next_month if next_month.year <= LAST_YEAR else None,
        "query": query,
        "feeds": feed_links(request),
        **filter_context(request, filters),
    }
    return render(request, "workshops/workshop_month.html", context)


def last_modified():
    """When the current content version was first served: it changes with any edit."""
    cache = caches[settings.PAGE_CACHE_ALIAS]
    key = f"workshops:modified:{content_version()}"
    stamp = cache.get(key)
    if stamp is None:
        stamp = timezone.now().replace(microsecond=0)
        cache.add(key, stamp, None)
        stamp = cache.get(key, stamp)
    return stamp


def ics_response(request, pages, name, filename):
    body = ics.calendar(pages, {page.pk: page.get_full_url(request) for page in pages}, name)
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    modified = last_modified()
    conditional = get_conditional_response(request, etag=etag, last_modified=modified.timestamp())
    if conditional is not None:
        return conditional
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified.timestamp())
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def event_ics(request, page_id):
    """One event's `.ics`: a VEVENT per session. 404 for anything not live and public."""
    pages = list(queries.with_sessions(queries.public_workshops().filter(pk=page_id)))
    if not pages:
        raise Http404(_("No such event."))
    return ics_response(request, pages, pages[0].title, f"{pages[0].slug}.ics")


def feed(request, workshops, name, filename):
    pages = list(queries.with_sessions(workshops))
    return ics_response(request, pages, f"Jembatan · {name}", filename)


@require_safe
def feed_all(request):
    return feed(request, language_workshops(), _("All events"), "jembatan-events.ics")


@require_safe
def feed_upcoming(request):
    return feed(
        request, queries.upcoming(language_workshops()), _("Upcoming events"), "jembatan-upcoming.ics"
    )


@require_safe
def feed_kind(request, kind):
    if kind not in WorkshopKind.values:
        raise Http404(_("No such kind of event."))
    label = WorkshopKind(kind).label
    return feed(request, language_workshops().filter(kind=kind), str(label), f"jembatan-{kind}.ics")
