"""Sections an app adds to another app's public page: a region's adopted practices, the workshops
serving an action-plan milestone, say.

An app adds them in `<app>/panels.py`, discovered at start-up like `figures.py`:

    from cms.panels import Panel, register

    @register("cms.Region")
    def adopted_practices(region) -> Panel | None:
        return Panel("practices/includes/region_adoptions.html", {"adaptations": [...]})

A provider is registered for a model label ("app_label.ModelName", any case): a taxonomy
snippet, a record such as "programmes.Milestone", or a page type. It takes the instance shown
(in the reader's language or its fallback) and returns a `Panel` (a template and its context)
or None when it has nothing to say. A provider registered for a parent model also answers for
its subclasses ("wagtailcore.Page" for every page), after the providers of the exact model.

Where panels render: a taxonomy item's page passes `collect(item)` as `panels` (see
`cms.views.TaxonomyDetailView`); any other template renders them with one line,
`{% include "includes/panels.html" with item=<instance> %}`, in registration order. A
provider should run a constant number of queries, ideally none once warm (`cms.cache.memoize`):
a public page's budget is 12. Its panel must show only what the public may see. This module
imports no app and no model, so any app may import it.
"""

from dataclasses import dataclass, field

from cms import kit

_providers: dict[str, list] = {}


@dataclass(frozen=True)
class Panel:
    """A section of another app's page: the `template` to include and its `context` (a dict).

    The template reads the context as `panel` (`{{ panel.adaptations }}`).
    """

    template: str
    context: dict = field(default_factory=dict)


def register(model_label):
    """Decorator: add `provider(item) -> Panel | None` for instances of `model_label` ("cms.Region")."""

    def decorator(provider):
        providers = _providers.setdefault(model_label.lower(), [])
        if provider not in providers:
            providers.append(provider)
        return provider

    return decorator


def autodiscover():
    """Import `<app>/panels.py` of every project app, in INSTALLED_APPS order (called at start-up)."""
    kit.kit_modules("panels")


def providers_for(model):
    """The providers for a model class: its own label's first, then those of its concrete parents."""
    labels = [model._meta.label_lower] + [
        parent._meta.label_lower for parent in model._meta.get_parent_list()
    ]
    return [provider for label in labels for provider in _providers.get(label, ())]


def collect(item):
    """The panels every app has for `item` (any model instance, pages included), in registration order.

    Providers answering None are left out; an empty list when no app has anything to add.
    """
    panels = (provider(item) for provider in providers_for(type(item)))
    return [panel for panel in panels if panel is not None]
