"""The app kit: which of the project's own apps carry which kit module, found by convention.

A content app lives in its own folder beside `cms/` and may carry, beside `models.py`:
`search.py` (discovered by `search`), `figures.py` (by `cms.figures`), `demo.py` (by
`load_demo`) and `urls.py` (mounted by `cms.urls`). This module tells them apart from
the third-party apps (Wagtail's own apps have a `urls.py` too) by their folder: a
project app is an installed app whose package is a top-level folder of the repository.
"""

from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule

# The core's own `urls.py` is the root URLconf, not an app's routes.
ROOT_APP = "cms"


def project_apps():
    """App configs of the project's own apps (a folder directly in BASE_DIR), in INSTALLED_APPS order."""
    base = Path(settings.BASE_DIR).resolve()
    return [config for config in apps.get_app_configs() if Path(config.path).resolve().parent == base]


def kit_modules(name):
    """[(app config, module)] of every project app that has the submodule `name`."""
    return [
        (config, import_module(f"{config.name}.{name}"))
        for config in project_apps()
        if module_has_submodule(config.module, name)
    ]


def in_dependency_order(modules):
    """[(label, module)] of `modules` ({app label: module}), each after the labels in its AFTER.

    Ties keep the given order. Raises ValueError on a label in AFTER that has no module
    here, or on a cycle.
    """
    ordered, placed, placing = [], set(), []

    def place(label):
        if label in placed:
            return
        if label in placing:
            raise ValueError(f"AFTER cycle: {' -> '.join((*placing, label))}")
        placing.append(label)
        for before in getattr(modules[label], "AFTER", ()):
            if before not in modules:
                raise ValueError(f"{modules[label].__name__}: AFTER names {before!r}, which has none")
            place(before)
        placing.pop()
        placed.add(label)
        ordered.append((label, modules[label]))

    for label in modules:
        place(label)
    return ordered


def url_modules():
    """[(app config, urls module)] of the apps whose public routes `cms.urls` mounts.

    Raises ImproperlyConfigured when a module's `app_name` is not its app label (the URL
    namespace is the label, so `reverse("<label>:<name>")` always works).
    """
    found = []
    for config, module in kit_modules("urls"):
        if config.label == ROOT_APP:
            continue
        if getattr(module, "app_name", None) != config.label:
            raise ImproperlyConfigured(f"{config.name}.urls must set app_name = {config.label!r}")
        found.append((config, module))
    return found


def data_routes():
    """{"<app label>:<url name>": content type} of every app's DATA_ROUTES (routes that are not pages).

    Raises ImproperlyConfigured when DATA_ROUTES names a route its urlpatterns lack.
    """
    routes = {}
    for config, module in url_modules():
        declared = getattr(module, "DATA_ROUTES", {})
        names = {getattr(pattern, "name", None) for pattern in module.urlpatterns}
        for name, content_type in declared.items():
            if name not in names:
                raise ImproperlyConfigured(f"{config.name}.urls: DATA_ROUTES names {name!r}, no such route")
            routes[f"{config.label}:{name}"] = content_type
    return routes
