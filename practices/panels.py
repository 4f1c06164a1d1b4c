"""What the practices section adds to other pages: a region's page shows what it adopted, and from where."""

from cms.panels import Panel, register
from practices.models import Adaptation, Practice
from practices.models.pages import restricted_subtree


@register("cms.Region")
def region_adoptions(region):
    """The region's adaptations of live, public practices in its language; None when there are none.

    One query, whatever the number of adaptations.
    """
    adaptations = list(
        Adaptation.objects.filter(
            region__slug=region.slug,
            practice__live=True,
            practice__locale_id=region.locale_id,
        )
        .exclude(practice__in=Practice.objects.filter(restricted_subtree()))
        .select_related("practice", "practice__origin_country")
        .order_by("year", "name")
    )
    if not adaptations:
        return None
    return Panel("practices/includes/region_adoptions.html", {"adaptations": adaptations})
