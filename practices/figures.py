"""The practices section's home-page figures: published practices, and the national MPP count."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cms.figures import Figure, register, url
from practices.models import NationalCount, Practice


@register
def practice_figures(locale):
    """Live practices in this language, linking to the section's listing."""
    count = Practice.objects.live().public().filter(locale=locale).count()
    return [Figure(label=str(_("Good practices")), value=count)]


@register
def national_mpp_figure(locale):
    """Indonesia's operating MPPs as last reported, with date and source (not counted from this site)."""
    latest = NationalCount.objects.order_by("-as_of").first()
    if latest is None:
        return []
    detail = _("as of %(date)s; source: %(source)s") % {
        "date": date_format(latest.as_of, "YEAR_MONTH_FORMAT"),
        "source": latest.source,
    }
    return [
        Figure(
            label=str(_("Operating MPPs in Indonesia")),
            value=latest.count,
            url=url(locale, "practices:tracker"),
            detail=str(detail),
        )
    ]
