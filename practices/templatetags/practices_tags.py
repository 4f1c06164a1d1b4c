"""Template filters of the practices section."""

from django import template

from practices.blocks import number
from practices.models import Adaptation, Practice
from practices.models.pages import restricted_subtree

register = template.Library()


@register.filter
def grouped(value):
    """A number with thin-space thousands groups: 1500000000 -> "1 500 000 000"; "" for None."""
    return number(value)


@register.simple_tag
def taxonomy_url(item, language):
    """A taxonomy item's public address in `language`, without loading the item's locale."""
    return item.get_url(language)


@register.inclusion_tag("practices/includes/region_adoptions.html")
def region_adoptions(region):
    """What a region adopted and from which practice: its adaptations on live practices in its language.

    For the region page (cms/region_detail.html): `{% load practices_tags %}{% region_adoptions item %}`.
    One query, whatever the number of adaptations.
    """
    adaptations = (
        Adaptation.objects.filter(
            region__slug=region.slug,
            practice__live=True,
            practice__locale_id=region.locale_id,
        )
        .exclude(practice__in=Practice.objects.filter(restricted_subtree()))
        .select_related("practice", "practice__origin_country")
        .order_by("year", "name")
    )
    return {"adaptations": list(adaptations)}
