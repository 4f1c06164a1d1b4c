"""The declared content kinds: each app's `search.py` registers what it makes searchable."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models
from django.utils.module_loading import autodiscover_modules

from wagtail.models import Page

from . import facets as facet_declarations
from .documents import SearchDocument, page_document, parse_source, source_for

__all__ = ["SearchKind", "register", "register_page", "kinds", "kind_for_model", "kind_label"]
__all__ += ["source_for", "parse_source", "autodiscover"]


@dataclass
class SearchKind:
    """One kind of search result: how to find the public objects and turn each into documents.

    `queryset()` returns every live public object of the kind in all languages; the
    indexer narrows it by primary key, so the public rule is written once, here.
    `documents(obj)` returns the documents of one object (usually one; a timeline page
    also yields one per event). `facet_labels(obj)` names facet values in obj's
    language, for kinds that own a facet (a country names its code, a pillar its slug).
    """

    name: str
    label: str
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]
    documents: Callable[[models.Model], Iterable[SearchDocument]]
    facet_labels: Callable[[models.Model], Iterable[tuple[str, str, str]]] | None = None
    extra_kinds: dict[str, str] = field(default_factory=dict)

    @property
    def is_page(self):
        return issubclass(self.model, Page)


_by_model: dict[type, SearchKind] = {}
_labels: dict[str, str] = {}


def register(kind):
    """Make a kind searchable; call it from `<app>/search.py`."""
    _by_model[kind.model] = kind
    _labels[kind.name] = kind.label
    _labels.update(kind.extra_kinds)
    return kind


def register_page(
    model, name, label, *, queryset=None, documents=None, extra_kinds=None, facets=None, **document_fields
):
    """Register a page model with the default mapping (see `documents.page_document`).

    `extra_kinds` names further kinds its documents use (a timeline's events).
    `document_fields` override what the default mapping reads from the page, e.g.
    `date=lambda page: page.date`. Pass `documents` to replace the mapping entirely.
    `facets` gives the values of facets the app declared (`search.facets.declare`):
    `{"sector": lambda page: [page.sector]}`; an undeclared name is an error at startup.
    """
    extra = dict(facets or {})
    unknown = set(extra) - set(facet_declarations.names())
    if unknown:
        raise ValueError(
            f"register_page({model.__name__}): undeclared facets {sorted(unknown)}; "
            "declare them first with search.facets.declare(name, label)"
        )
    if extra:
        document_fields["facets"] = lambda page: {name: list(values(page)) for name, values in extra.items()}

    def default_queryset():
        return model.objects.live().public().select_related("locale")

    def default_documents(page):
        return [page_document(page, name, **document_fields)]

    return register(
        SearchKind(
            name=name,
            label=label,
            model=model,
            queryset=queryset or default_queryset,
            documents=documents or default_documents,
            extra_kinds=extra_kinds or {},
        )
    )


def kinds():
    """Every registration, one per model (several models may share a kind, like "page")."""
    return list(_by_model.values())


def kind_for_model(model):
    for klass in model.__mro__:
        if klass in _by_model:
            return _by_model[klass]
    return None


def kind_label(name):
    return _labels.get(name, name)


def autodiscover():
    autodiscover_modules("search")
