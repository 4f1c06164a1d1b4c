"""The core's own home-page figures: regional MPPs, partner countries, officials and trainers.

Registered by `CmsConfig.ready()` before the apps' `figures.py` modules, so they come first.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.figures import Figure, register, url
from cms.models import Country, MPPStatus, Person, Region, RegionKind


@register
def mpp_figures(locale):
    """Regional MPPs recorded on the platform, by status, and the regions recorded (one query)."""
    statuses = (MPPStatus.OPERATING, MPPStatus.UNDER_CONSTRUCTION, MPPStatus.PLANNED)
    counts = Region.objects.filter(locale=locale).aggregate(
        regions=Count("id", filter=~Q(kind=RegionKind.PROVINCE)),
        **{status.value: Count("id", filter=Q(mpp_status=status)) for status in statuses},
    )
    figures = [
        Figure(
            label=str(_("MPPs %(status)s") % {"status": status.label.lower()}),
            value=counts[status.value],
            url=url(locale, "taxonomy:region_list", f"?mpp_status={status.value}"),
        )
        for status in statuses
    ]
    figures.append(
        Figure(
            label=str(_("Regencies and cities recorded")),
            value=counts["regions"],
            url=url(locale, "taxonomy:region_list"),
        )
    )
    return figures


@register
def partner_figures(locale):
    """The partner countries of the cooperation."""
    count = Country.objects.filter(locale=locale, is_partner=True).count()
    return [Figure(label=str(_("Partner countries")), value=count)]


@register
def people_figures(locale):
    """Officials and trainers named on the platform, and how many of them are trainers."""
    counts = Person.objects.filter(locale=locale).aggregate(
        people=Count("id"), trainers=Count("id", filter=Q(is_trainer=True))
    )
    return [
        Figure(
            label=str(_("Officials and trainers")),
            value=counts["people"],
            url=url(locale, "taxonomy:person_list"),
            detail=str(
                ngettext("%(count)d trainer", "%(count)d trainers", counts["trainers"])
                % {"count": counts["trainers"]}
            ),
        )
    ]
