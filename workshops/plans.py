"""Workshops ↔ the action plan: the milestones an event serves, and the events serving a milestone.

The relation is `WorkshopPage.serves` (milestones of `programmes.Milestone`, named by string:
this app imports nothing from `programmes`). Both directions show only what the public may
see: a milestone appears on a workshop page only when its action plan is live and not under
a view restriction, and a workshop appears on a milestone's page only when it is live and
public. The milestone's public page is the plan's route `<plan URL>milestones/<id>/`.
"""

import zoneinfo
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction

from cms.cache import memoize


def workshop_model():
    """`workshops.WorkshopPage` (looked up, not imported: `models` imports this module)."""
    return apps.get_model("workshops", "WorkshopPage")


def restricted_subtree():
    """A filter for pages under a view restriction, as one subquery (`.public()` costs a query)."""
    return models.Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(models.OuterRef("path"), 1, Length("page__path"))
        )
    )


def milestone_model():
    """`programmes.Milestone`, reached through the relation (no import of another app)."""
    return workshop_model()._meta.get_field("serves").related_model


def pick_translation(candidates, language):
    """The candidate in `language`, else in the site's default language, else the first; None if empty.

    `candidates` is a list of `(language_code, value)` pairs of one translation group.
    """
    by_language = dict(candidates)
    for code in (language, settings.LANGUAGE_CODE):
        if code in by_language:
            return by_language[code]
    return candidates[0][1] if candidates else None


@dataclass(frozen=True)
class ServedMilestone:
    """A milestone a workshop serves, with the address of its public page (in the reader's language)."""

    milestone: object
    url: str

    @property
    def activity(self):
        return self.milestone.activity


def served_milestones(page, request=None):
    """The milestones `page` serves whose action plan is live and public, in plan order.

    Returns `[ServedMilestone]` (milestone with its activity, URL of the milestone's page
    under the plan's translation in the page's language, else Indonesian, else any). Two
    queries (milestones, plans), one when the page serves none; milestones of an
    unpublished or restricted plan are left out.
    """
    served = page.serves.all()
    Milestone = milestone_model()
    if isinstance(served, models.QuerySet):
        milestones = Milestone.objects.filter(pk__in=served.values("pk"))
    else:  # a preview or revision: the chosen milestones are held in memory
        milestones = Milestone.objects.filter(pk__in=[milestone.pk for milestone in served])
    milestones = list(
        milestones.select_related("activity__plan").order_by(
            "activity__plan__title", "activity__sort_order", "activity__code", "due_on", "pk"
        )
    )
    if not milestones:
        return []
    keys = {milestone.activity.plan.translation_key for milestone in milestones}
    plans = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .exclude(restricted_subtree())
        .select_related("locale")
        .order_by("pk")
    )
    groups = {}
    for plan in plans:
        groups.setdefault(plan.translation_key, []).append((plan.locale.language_code, plan))
    language = page.locale.language_code if page.locale_id else get_language()
    chosen = {key: pick_translation(candidates, language) for key, candidates in groups.items()}
    result = []
    for milestone in milestones:
        plan = chosen.get(milestone.activity.plan.translation_key)
        if plan is None:
            continue
        url = plan.get_url(request)
        if url:
            result.append(ServedMilestone(milestone, f"{url}milestones/{milestone.pk}/"))
    return result


@dataclass(frozen=True)
class ServingWorkshop:
    """A live, public workshop as a milestone's page lists it: dates in the event's own zone."""

    title: str
    url: str
    language: str
    kind: str
    starts_on: object
    ends_on: object
    cancelled: bool

    @property
    def kind_label(self):
        return dict(workshop_model()._meta.get_field("kind").flatchoices).get(self.kind, self.kind)


def _serving_index():
    """{milestone id: {translation key: [(language, ServingWorkshop)]}} of live, public workshops.

    Two queries, kept for the content version (any publish, unpublish, privacy change or
    edit of a milestone or workshop replaces it).
    """
    WorkshopPage = workshop_model()
    pages = list(
        WorkshopPage.objects.live()
        .exclude(restricted_subtree())
        .filter(pk__in=WorkshopPage.serves.through.objects.values("workshoppage_id"))
        .select_related("locale")
        .order_by("start", "pk")
    )
    links = WorkshopPage.serves.through.objects.filter(workshoppage_id__in=[page.pk for page in pages])
    index = {}
    by_page = {page.pk: page for page in pages}
    for page_id, milestone_id in links.values_list("workshoppage_id", "milestone_id"):
        page = by_page[page_id]
        zone = zoneinfo.ZoneInfo(page.time_zone)
        entry = ServingWorkshop(
            title=page.title,
            url=page.get_url(),
            language=page.locale.language_code,
            kind=page.kind,
            starts_on=page.start.astimezone(zone).date(),
            ends_on=page.end.astimezone(zone).date(),
            cancelled=page.cancelled,
        )
        index.setdefault(milestone_id, {}).setdefault(page.translation_key, []).append(
            (entry.language, entry)
        )
    return index


def serving_workshops(milestone_id, language=None):
    """The live, public workshops serving a milestone, one per translation group, in start order.

    Each is in `language` (the reader's by default) when translated, else Indonesian, else
    the language it exists in. No query once the content version's index is built.
    """
    groups = memoize("workshops-serving-milestones", _serving_index).get(milestone_id, {})
    language = language or get_language()
    entries = [pick_translation(candidates, language) for candidates in groups.values()]
    return sorted(entries, key=lambda entry: (entry.starts_on, entry.title))
