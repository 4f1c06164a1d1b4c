"""Sections an app adds to a taxonomy item's public page: a region's adopted practices, say.

An app adds them in `<app>/panels.py`, discovered at start-up like `figures.py`:

    from cms.panels import Panel, register

    @register("cms.Region")
    def adopted_practices(region) -> Panel | None:
        return Panel("practices/includes/region_adoptions.html", {"adaptations": [...]})

A provider takes the item shown (a taxonomy model instance, in the reader's language or its
fallback) and returns a `Panel` (a template and its context) or None when it has nothing to
say. Panels render after the item's own details, in registration order. A provider should
run a constant number of queries (the page's query budget is 12). This module imports no
app and no model, so any app may import it.
"""

from dataclasses import dataclass, field

from cms import kit

_providers: dict[str, list] = {}


@dataclass(frozen=True)
class Panel:
    """A section of a taxonomy page: the `template` to include and its `context` (a dict)."""

    template: str
    context: dict = field(default_factory=dict)


def register(model_label):
    """Decorator: add `provider(item) -> Panel | None` for items of `model_label` ("cms.Region")."""

    def decorator(provider):
        providers = _providers.setdefault(model_label.lower(), [])
        if provider not in providers:
            providers.append(provider)
        return provider

    return decorator


def autodiscover():
    """Import `<app>/panels.py` of every project app, in INSTALLED_APPS order (called at start-up)."""
    kit.kit_modules("panels")


def collect(item):
    """The panels every app has for `item`, in registration order; providers answering None left out."""
    panels = (provider(item) for provider in _providers.get(item._meta.label_lower, ()))
    return [panel for panel in panels if panel is not None]
