"""The app kit's discovery: project apps, their urls.py mounted under the language prefix, DATA_ROUTES."""

from types import SimpleNamespace

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

from cms import kit
from cms.models import HomePage
from search import urls as search_urls


def test_project_apps_are_the_repositorys_own_apps_in_installed_order():
    labels = [config.label for config in kit.project_apps()]

    assert labels == ["cms", "programmes", "practices", "workshops", "search"]


def test_url_modules_mount_each_app_under_the_language_prefix_by_its_label():
    with translation.override("az"):
        path = reverse("search:search")

    assert [config.label for config, _module in kit.url_modules()] == ["search"]
    assert path == "/az/search/"


def test_url_modules_reject_an_app_name_that_is_not_the_label(monkeypatch):
    monkeypatch.setattr(search_urls, "app_name", "finder")

    with pytest.raises(ImproperlyConfigured, match="search.urls must set app_name = 'search'"):
        kit.url_modules()


def test_data_routes_name_routes_by_namespace(monkeypatch):
    monkeypatch.setattr(search_urls, "DATA_ROUTES", {"autocomplete": "application/json"}, raising=False)

    assert kit.data_routes() == {"search:autocomplete": "application/json"}


def test_data_routes_reject_a_route_the_app_lacks(monkeypatch):
    monkeypatch.setattr(search_urls, "DATA_ROUTES", {"export": "text/csv"}, raising=False)

    with pytest.raises(ImproperlyConfigured, match="DATA_ROUTES names 'export', no such route"):
        kit.data_routes()


def module(name, after=()):
    return SimpleNamespace(__name__=name, AFTER=after)


def test_in_dependency_order_puts_each_module_after_its_after():
    modules = {"a": module("a.demo", ("b",)), "b": module("b.demo"), "c": module("c.demo", ("a",))}

    assert [label for label, _module in kit.in_dependency_order(modules)] == ["b", "a", "c"]


def test_in_dependency_order_names_a_cycle():
    modules = {"a": module("a.demo", ("b",)), "b": module("b.demo", ("a",))}

    with pytest.raises(ValueError, match="AFTER cycle: a -> b -> a"):
        kit.in_dependency_order(modules)


def test_in_dependency_order_names_an_unknown_label():
    modules = {"a": module("a.demo", ("z",))}

    with pytest.raises(ValueError, match="a.demo: AFTER names 'z', which has none"):
        kit.in_dependency_order(modules)


def test_home_page_takes_standard_pages_and_each_apps_section():
    labels = sorted(model._meta.label for model in HomePage.creatable_subpage_models())

    assert labels == [
        "cms.StandardPage",
        "practices.PracticeIndexPage",
        "programmes.ProgrammeIndexPage",
        "workshops.TrainingIndexPage",
    ]
