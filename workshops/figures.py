"""The training section's home-page figure: the programme's workshops, forums and visits."""

from django.utils.translation import gettext_lazy as _

from cms.figures import Figure, register, url

from .queries import public_workshops


@register
def workshop_figures(locale):
    """Live public events of this language (all kinds, past and upcoming), linking to the calendar."""
    count = public_workshops(locale).count()
    return [
        Figure(label=str(_("Workshops, forums and visits")), value=count, url=url(locale, "workshops:list"))
    ]
