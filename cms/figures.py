"""The home page's figures: each app registers what it counts, the home page shows them all.

A later capability adds its figure with `figures.register(...)` in its AppConfig.ready(),
so the home page never needs to know which apps exist.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

_providers = []


@dataclass(frozen=True)
class Figure:
    label: str
    value: int
    url: str = ""
    detail: str = ""


def register(provider):
    """Add a callable `provider(locale) -> list[Figure]`; returns it, so it works as a decorator."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def collect(locale):
    """Every registered figure for one language, labelled in that language."""
    from django.utils.translation import override

    figures = []
    with override(locale.language_code):
        for provider in _providers:
            figures.extend(provider(locale))
    return figures


def latest_pages(locale, limit=6):
    """The most recently published content of one language: home and section pages aside."""
    from wagtail.models import Page, get_page_models

    from cms.models import SectionIndexPage

    sections = [model for model in get_page_models() if issubclass(model, SectionIndexPage)]
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .not_type(*sections)
        .order_by("-first_published_at")
        .specific()[:limit]
    )


def _url(locale, name, query=""):
    from django.urls import reverse
    from django.utils.translation import override

    with override(locale.language_code):
        return reverse(name) + query


@register
def mpp_figures(locale):
    """Regional MPPs recorded on the platform, by status, and the regions recorded (one query)."""
    from cms.models import MPPStatus, Region, RegionKind

    statuses = (MPPStatus.OPERATING, MPPStatus.UNDER_CONSTRUCTION, MPPStatus.PLANNED)
    counts = Region.objects.filter(locale=locale).aggregate(
        regions=Count("id", filter=~Q(kind=RegionKind.PROVINCE)),
        **{status.value: Count("id", filter=Q(mpp_status=status)) for status in statuses},
    )
    figures = [
        Figure(
            label=str(_("MPPs %(status)s") % {"status": status.label.lower()}),
            value=counts[status.value],
            url=_url(locale, "taxonomy:region_list", f"?mpp_status={status.value}"),
        )
        for status in statuses
    ]
    figures.append(
        Figure(
            label=str(_("Regencies and cities recorded")),
            value=counts["regions"],
            url=_url(locale, "taxonomy:region_list"),
        )
    )
    return figures


@register
def partner_figures(locale):
    """The partner countries of the cooperation."""
    from cms.models import Country

    count = Country.objects.filter(locale=locale, is_partner=True).count()
    return [Figure(label=str(_("Partner countries")), value=count)]


@register
def people_figures(locale):
    """Officials and trainers named on the platform, and how many of them are trainers."""
    from cms.models import Person

    counts = Person.objects.filter(locale=locale).aggregate(
        people=Count("id"), trainers=Count("id", filter=Q(is_trainer=True))
    )
    return [
        Figure(
            label=str(_("Officials and trainers")),
            value=counts["people"],
            url=_url(locale, "taxonomy:person_list"),
            detail=str(
                ngettext("%(count)d trainer", "%(count)d trainers", counts["trainers"])
                % {"count": counts["trainers"]}
            ),
        )
    ]


@register
def timeline_figures(locale):
    """Dated milestones of the cooperation, on the live timeline pages of this language."""
    from programmes.models import TimelineEvent

    count = TimelineEvent.objects.filter(page__locale=locale, page__live=True).count()
    return [Figure(label=str(_("Milestones on the timeline")), value=count)]
