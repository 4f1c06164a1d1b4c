"""A row id too large for any database is a 404 on every app route that takes one, never a 500."""

import pytest

from django.urls import URLPattern

from cms import kit

pytestmark = pytest.mark.django_db

TOO_LARGE = ("9223372036854775808", "99999999999999999999999")


def id_routes():
    """(namespace:name, route) of every app route that takes an `<id:…>`."""
    return [
        (f"{config.label}:{pattern.name}", str(pattern.pattern))
        for config, module in kit.url_modules()
        for pattern in module.urlpatterns
        if isinstance(pattern, URLPattern) and "<id:" in str(pattern.pattern)
    ]


def test_app_routes_take_row_ids_with_the_bounded_converter():
    unbounded = [
        f"{config.label}:{pattern.name}"
        for config, module in kit.url_modules()
        for pattern in module.urlpatterns
        if isinstance(pattern, URLPattern)
        and any(f"<int:{name}>" in str(pattern.pattern) for name in ("pk", "id", "page_id"))
    ]

    assert unbounded == []
    assert len(id_routes()) >= 7


@pytest.mark.parametrize("number", TOO_LARGE)
def test_too_large_ids_are_not_found(client, number):
    statuses = {}
    for name, route in id_routes():
        path = "/id/" + route.replace("<id:pk>", number).replace("<id:page_id>", number)
        statuses[name] = (client.get(path).status_code, client.post(path).status_code)

    assert set(statuses.values()) == {(404, 404)}
