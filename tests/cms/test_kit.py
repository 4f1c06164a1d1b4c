"""The app kit's discovery: project apps, their urls.py mounted under the language prefix, DATA_ROUTES."""

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

from cms import kit
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
