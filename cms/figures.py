"""The home page's figures: each app registers what it counts, the home page shows them all.

An app adds its figures in `<app>/figures.py`, discovered at start-up like `admin.py`:

    from cms.figures import Figure, register

    @register
    def workshop_figures(locale) -> list[Figure]:
        return [Figure(label=str(_("Workshops held")), value=..., url=...)]

A provider takes a wagtail `Locale` and returns a list of `Figure`s for that language
(labels are translated: `collect` activates the locale's language around each call).
This module imports no app and no model, so any app may import it.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import override

from cms import kit

_providers = []


@dataclass(frozen=True)
class Figure:
    """One number on the home page: `label` (translated text), `value`, optional link and detail."""

    label: str
    value: int
    url: str = ""
    detail: str = ""


def register(provider):
    """Add a callable `provider(locale) -> list[Figure]`; returns it, so it works as a decorator."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def autodiscover():
    """Import `<app>/figures.py` of every project app, in INSTALLED_APPS order (called at start-up)."""
    kit.kit_modules("figures")


def collect(locale):
    """Every registered figure for one language, labelled in that language, in registration order."""
    figures = []
    with override(locale.language_code):
        for provider in _providers:
            figures.extend(provider(locale))
    return figures


def url(locale, name, query=""):
    """The path of the URL named `name` in the locale's language, plus an optional `query` string."""
    with override(locale.language_code):
        return reverse(name) + query
