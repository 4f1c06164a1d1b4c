"""Section pages and their roles come from each app's own migration, built with cms.migration_helpers."""

import importlib

import pytest

from django.apps import apps

from wagtail.models import GroupPagePermission, Page

from cms.migration_helpers import create_section, grant_section
from practices.models import PracticeIndexPage
from programmes.models import ProgrammeIndexPage

pytestmark = pytest.mark.django_db

practices_migration = importlib.import_module("practices.migrations.0002_section_page")
programmes_migration = importlib.import_module("programmes.migrations.0003_section_page_and_role")


def test_sections_keep_their_menu_order_under_each_home(home_pages):
    slugs = {code: [page.slug for page in home.get_children()] for code, home in home_pages.items()}

    assert slugs == {
        "id": ["program", "praktik-baik", "pelatihan"],
        "en": ["programme", "practices", "training"],
        "az": ["proqram", "tecrubeler", "telim"],
    }


def test_section_migration_run_again_adds_nothing():
    pages_before = Page.objects.count()
    grants_before = GroupPagePermission.objects.count()

    programmes_migration.build(apps, None)
    practices_migration.build(apps, None)

    assert (Page.objects.count(), GroupPagePermission.objects.count()) == (pages_before, grants_before)


def test_create_section_restores_a_missing_language_in_its_place(home_pages):
    PracticeIndexPage.objects.get(locale__language_code="az").delete()
    original = PracticeIndexPage.objects.get(locale__language_code="id")

    pages = create_section(apps, "practices", "practiceindexpage", practices_migration.NAMES, position=2)

    restored = PracticeIndexPage.objects.get(locale__language_code="az")
    assert len(pages) == 3
    assert (restored.slug, restored.url_path, restored.translation_key) == (
        "tecrubeler",
        "/home-az/tecrubeler/",
        original.translation_key,
    )
    assert [page.slug for page in home_pages["az"].get_children()] == ["proqram", "tecrubeler", "telim"]


def test_create_section_appends_when_its_place_is_taken(home_pages):
    PracticeIndexPage.objects.get(locale__language_code="az").delete()
    home = Page.objects.get(pk=home_pages["az"].pk)
    squatter = home.add_child(instance=Page(title="Kampaniya", slug="kampaniya"))
    squatter.move(home, "first-child")

    create_section(apps, "practices", "practiceindexpage", practices_migration.NAMES, position=2)

    home.refresh_from_db()
    assert [page.slug for page in home.get_children()] == ["kampaniya", "proqram", "telim", "tecrubeler"]
    assert home.numchild == 4


def test_grant_section_gives_a_new_group_the_owner_rights():
    sections = list(ProgrammeIndexPage.objects.all())

    grant_section(apps, "Editors of the programme", sections)

    grants = GroupPagePermission.objects.filter(group__name="Editors of the programme")
    assert sorted({grant.permission.codename for grant in grants}) == [
        "add_page",
        "change_page",
        "delete_page",
        "publish_page",
    ]
    assert grants.count() == 4 * 3
