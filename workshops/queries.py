"""The reused queries of the training section: public events, their agendas and filters.

Every public listing, calendar and feed starts from `public_workshops()`, so the rule
"only live, public events" is written once.
"""

import datetime as dt

from django.db.models import Prefetch
from django.utils import timezone

from cms.models import Institution, Person

from .models import LANGUAGE_FIELDS, TrainingModulePage, WorkshopKind, WorkshopPage, WorkshopSession


def public_workshops(locale=None):
    """Live workshops nobody restricted, in one locale when given, in start order."""
    workshops = WorkshopPage.objects.live().public().order_by("start", "pk")
    if locale is not None:
        workshops = workshops.filter(locale=locale)
    return workshops


def with_listing_relations(workshops):
    """What a listing row shows: country and organisers, without a query per row."""
    return workshops.select_related("country", "locale").prefetch_related(
        Prefetch("organisers", queryset=Institution.objects.select_related("locale"))
    )


def with_sessions(workshops):
    """What a calendar file needs: every session, in order, with its speakers."""
    return workshops.select_related("locale", "country").prefetch_related(
        Prefetch(
            "sessions",
            queryset=WorkshopSession.objects.order_by("start", "sort_order").prefetch_related(
                Prefetch("speakers", queryset=Person.objects.select_related("locale"))
            ),
        )
    )


def filter_workshops(workshops, *, kind=None, country=None, language=None, module=None):
    """Narrow by kind, country code (ISO, any case), event language and training module code.

    `module` is a module code ("MPP-INT-01"): events with a session that taught any version
    of it. Unknown kinds and languages are ignored.
    """
    if module:
        taught = WorkshopSession.objects.filter(module_release__page__code=module).values("page_id")
        workshops = workshops.filter(pk__in=taught)
    if kind in WorkshopKind.values:
        workshops = workshops.filter(kind=kind)
    if country:
        workshops = workshops.filter(country__code__iexact=country)
    if language in LANGUAGE_FIELDS:
        workshops = workshops.filter(**{LANGUAGE_FIELDS[language]: True})
    return workshops


def public_module_codes(language):
    """Codes of the live, public training modules in `language`, sorted: the module filter's choices."""
    codes = TrainingModulePage.objects.live().public().filter(locale__language_code=language)
    return sorted(set(codes.values_list("code", flat=True)))


def upcoming(workshops, now=None):
    """Events that have not ended yet, soonest first."""
    return workshops.filter(end__gt=now or timezone.now()).order_by("start", "pk")


def past(workshops, now=None):
    """Events that have ended, latest first."""
    return workshops.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")


def in_month(workshops, year, month, zone):
    """Events overlapping a calendar month, the month's bounds read in `zone`."""
    first = dt.datetime(year, month, 1, tzinfo=zone)
    following = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    return workshops.filter(start__lt=following, end__gt=first).order_by("start", "pk")
