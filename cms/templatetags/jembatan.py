"""Template tags shared by every page: the language switcher."""

from django import template

from wagtail.models import Page

from cms.translations import page_translations, path_translations

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    links = context.get("translations")
    if links is None:
        page = context.get("page")
        links = page_translations(page) if isinstance(page, Page) else path_translations(context["request"])
    return {"links": links}
