"""The core's own home-page figures: profiled regions, partner countries, officials and trainers.

Registered by `CmsConfig.ready()` before the apps' `figures.py` modules, so they come first.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.figures import Figure, register, url
from cms.models import Country, MPPStatus, Person, Region, RegionKind


@register
def mpp_figures(locale):
    """The regencies and cities profiled on the platform, with their MPP status (one query).

    These are the regions this site describes, not the nation: Indonesia's MPP count is a
    sourced, dated indicator that the practices app shows (its MPP tracker and figure).
    """
    # Provinces are left out of every count: a province's own MPP (DKI Jakarta's) is not a
    # regency's or city's, and the statuses must add up to at most the total shown beside them.
    counts = (
        Region.objects.filter(locale=locale)
        .exclude(kind=RegionKind.PROVINCE)
        .aggregate(
            regions=Count("id"),
            **{status.value: Count("id", filter=Q(mpp_status=status)) for status in MPPStatus},
        )
    )
    detail = _("%(operating)d with an MPP operating, %(building)d building one, %(planned)d planning one") % {
        "operating": counts[MPPStatus.OPERATING.value],
        "building": counts[MPPStatus.UNDER_CONSTRUCTION.value],
        "planned": counts[MPPStatus.PLANNED.value],
    }
    return [
        Figure(
            label=str(_("Regencies and cities profiled")),
            value=counts["regions"],
            url=url(locale, "taxonomy:region_list"),
            detail=str(detail),
        )
    ]


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
