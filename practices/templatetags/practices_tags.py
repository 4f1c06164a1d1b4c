"""Template filters of the practices section."""

from django import template

from practices.blocks import number

register = template.Library()


@register.filter
def grouped(value):
    """A number with thin-space thousands groups: 1500000000 -> "1 500 000 000"; "" for None."""
    return number(value)


@register.simple_tag
def taxonomy_url(item, language):
    """A taxonomy item's public address in `language`, without loading the item's locale."""
    return item.get_url(language)
