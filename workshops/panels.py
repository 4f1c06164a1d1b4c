"""What the training section adds to other apps' pages: a milestone's page lists the workshops serving it."""

from django.utils.translation import get_language

from cms.panels import Panel, register

from .plans import serving_workshops


@register("programmes.Milestone")
def milestone_workshops(milestone):
    """The live, public workshops whose `serves` names this milestone, in the reader's language.

    None when there are none. No query once the content version's index is built
    (`workshops.plans.serving_workshops`).
    """
    language = get_language()
    workshops = serving_workshops(milestone.pk, language)
    if not workshops:
        return None
    return Panel(
        "workshops/includes/milestone_workshops.html", {"workshops": workshops, "language": language}
    )
