"""The home page's figures: each app registers what it counts, the home page shows them all.

A later capability adds its figure with `figures.register(...)` in its AppConfig.ready(),
so the home page never needs to know which apps exist.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

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
    figures = []
    for provider in _providers:
        figures.extend(provider(locale))
    return figures


def latest_pages(locale, limit=6):
    """The most recently published pages of one language, home pages aside."""
    from wagtail.models import Page

    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .order_by("-first_published_at")
        .specific()[:limit]
    )


@register
def mpp_figures(locale):
    """Regional MPPs recorded on the platform, by status."""
    from django.urls import reverse
    from django.utils.translation import override

    from cms.models import MPPStatus, Region

    counts = dict(
        Region.objects.filter(locale=locale)
        .values_list("mpp_status")
        .annotate(n=Count("id"))
        .values_list("mpp_status", "n")
    )
    with override(locale.language_code):
        url = reverse("taxonomy:region_list")
    return [
        Figure(
            label=str(_("MPPs %(status)s") % {"status": MPPStatus(status).label.lower()}),
            value=counts.get(status, 0),
            url=f"{url}?mpp_status={status}",
        )
        for status in (MPPStatus.OPERATING, MPPStatus.UNDER_CONSTRUCTION, MPPStatus.PLANNED)
    ]
