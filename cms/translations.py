"""The language switcher's links: the same page or item in each language, or none yet."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str  # empty when the content is not translated into this language yet
    is_current: bool


def _links(urls_by_language):
    current = get_language()
    return [
        LanguageLink(code=code, name=name, url=urls_by_language.get(code, ""), is_current=code == current)
        for code, name in settings.LANGUAGES
    ]


def page_translations(page):
    """Links to the live translations of a Wagtail page; kept per content version (cms.cache)."""
    from cms.cache import memoize

    def build():
        urls = {}
        for translation in page.get_translations(inclusive=True).live().public().select_related("locale"):
            urls[translation.locale.language_code] = translation.get_url()
        return urls

    return _links(memoize(("page-translations", page.translation_key), build))


def object_translations(item):
    """Links to the translations of a translatable snippet that has a public page."""
    urls = {}
    for translation in item.get_translations(inclusive=True).select_related("locale"):
        urls[translation.locale.language_code] = translation.get_url()
    return _links(urls)


def path_translations(request):
    """Links for pages that exist in every language (search, listings): same path, other prefix."""
    full_path = request.get_full_path()
    return _links({code: translate_url(full_path, code) for code, _name in settings.LANGUAGES})
