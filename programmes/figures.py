"""The programme's home-page figure: dated milestones on the live timeline pages."""

from django.utils.translation import gettext_lazy as _

from cms.figures import Figure, register
from programmes.models import TimelineEvent


@register
def timeline_figures(locale):
    """Dated milestones of the cooperation, on the live timeline pages of this language."""
    count = TimelineEvent.objects.filter(page__locale=locale, page__live=True).count()
    return [Figure(label=str(_("Milestones on the timeline")), value=count)]
