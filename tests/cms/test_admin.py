"""The taxonomy in the admin: grouped snippet viewsets with filters, search and the locale selector."""

import pytest

from django.urls import reverse
from django.utils import translation

from cms.models import MPPStatus
from tests.factories import MODERATORS, RegionFactory, UserFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    client.force_login(UserFactory(role=MODERATORS))
    return client


def listed(response):
    return [str(item) for item in response.context["object_list"]]


def test_admin_region_listing_filters_by_mpp_status(moderator_client):
    RegionFactory(name="Kota Padang", mpp_status=MPPStatus.PLANNED)
    RegionFactory(name="Kota Batam", mpp_status=MPPStatus.UNDER_CONSTRUCTION)

    response = moderator_client.get(reverse("wagtailsnippets_cms_region:list"), {"mpp_status": "planned"})

    assert listed(response) == ["Kota Padang"]


def test_admin_region_listing_searches_with_database_backend(moderator_client):
    RegionFactory(name="Kabupaten Banyuwangi")
    RegionFactory(name="Kota Surabaya")

    response = moderator_client.get(reverse("wagtailsnippets_cms_region:list"), {"q": "Banyuwangi"})

    assert listed(response) == ["Kabupaten Banyuwangi"]


def test_admin_region_listing_has_locale_selector(moderator_client):
    region = RegionFactory(name="Kabupaten Belu")
    translate(region, "en", name="Belu Regency")

    response = moderator_client.get(reverse("wagtailsnippets_cms_region:list"), {"locale": "en"})

    assert listed(response) == ["Belu Regency"]
    assert response.context["locale"].language_code == "en"
    filters = response.context["filters"].form.fields
    assert list(filters) == ["kind", "mpp_status", "time_zone", "country", "locale"]
    assert [code for code, _name in filters["locale"].choices] == [None, "id", "en", "az"]


def test_admin_menu_groups_taxonomy_snippets(rf):
    from wagtail.admin.menu import admin_menu

    request = rf.get("/admin/")
    request.user = UserFactory(role=MODERATORS)

    with translation.override("en"):
        items = {str(item.label): item for item in admin_menu.menu_items_for_request(request)}
        submenu = [str(item.label) for item in items["Taxonomy"].menu.menu_items_for_request(request)]

    assert submenu == ["Countries", "Institutions", "Regions", "People", "Pillars", "Life-journey stages"]
