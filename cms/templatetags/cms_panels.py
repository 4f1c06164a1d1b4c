"""`{% panels_for item as panels %}`: the sections other apps add to a page about `item` (cms.panels)."""

from django import template

from cms import panels as registry

register = template.Library()


@register.simple_tag
def panels_for(item):
    """The list of `cms.panels.Panel` for `item`; empty for None."""
    if item is None:
        return []
    return registry.collect(item)
