"""A page's privacy follows it into every language: a private Indonesian page has no public translation."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from cms.models import StandardPage
from tests.factories.pages import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_pages):
    page = StandardPage(title="Rencana internal", slug="rencana-internal", summary="Hanya untuk koordinator.")
    home_pages["id"].add_child(instance=page)
    page.save_revision().publish()
    english = translate(page, "en", title="Internal plan")
    azerbaijani = translate(page, "az", title="Daxili plan")
    return page, english, azerbaijani


def restrictions_of(*pages):
    return [
        list(PageViewRestriction.objects.filter(page=page).values_list("restriction_type", "password"))
        for page in pages
    ]


def test_restriction_set_in_the_admin_applies_to_every_translation(pages, admin_client, client):
    page, english, azerbaijani = pages
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])

    admin_client.post(url, {"restriction_type": "password", "password": "asan2017"})

    assert restrictions_of(page, english, azerbaijani) == [[("password", "asan2017")]] * 3
    assert (client.get(english.url).status_code, b"Internal plan" in client.get(english.url).content) == (
        200,
        False,
    )
    assert Page.objects.filter(pk__in=[english.pk, azerbaijani.pk]).public().count() == 0


def test_groups_of_a_restriction_follow_to_the_translations(pages, admin_client):
    page, english, azerbaijani = pages
    coordinators = Group.objects.create(name="Koordinator")
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])

    admin_client.post(url, {"restriction_type": "groups", "groups": [coordinators.pk]})

    groups = [
        list(PageViewRestriction.objects.get(page=item).groups.values_list("name", flat=True))
        for item in (english, azerbaijani)
    ]
    assert groups == [["Koordinator"], ["Koordinator"]]


def test_changing_and_removing_privacy_on_a_translation_changes_it_everywhere(pages, admin_client):
    page, english, azerbaijani = pages
    on_page = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    admin_client.post(on_page, {"restriction_type": "login"})
    url = reverse("wagtailadmin_pages:set_privacy", args=[english.pk])

    admin_client.post(url, {"restriction_type": "password", "password": "baku2018"})
    changed = restrictions_of(page, english, azerbaijani)
    admin_client.post(url, {"restriction_type": "none"})

    assert changed == [[("password", "baku2018")]] * 3
    assert restrictions_of(page, english, azerbaijani) == [[], [], []]


def test_deleting_a_private_page_leaves_its_translations_private(pages):
    page, english, azerbaijani = pages
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    page.delete()

    assert restrictions_of(english, azerbaijani) == [[("login", "")], [("login", "")]]


def test_translation_made_after_the_restriction_is_private_too(home_pages):
    page = StandardPage(title="Catatan rapat", slug="catatan-rapat", summary="Rapat koordinasi.")
    home_pages["id"].add_child(instance=page)
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    english = translate(page, "en", title="Meeting notes")

    assert restrictions_of(english) == [[("login", "")]]
