"""The roles' permission matrix: who may add, edit, publish and delete where, and which snippets."""

import pytest

from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Page

from cms.models import Country, HomePage, Institution, LifeJourneyStage, Person, Pillar, Region
from cms.signals import inherit_group_page_permissions
from practices.models import PracticeIndexPage
from programmes.models import ProgrammeIndexPage
from tests.factories import (
    MODERATORS,
    PROGRAMME_COORDINATORS,
    TRAINERS,
    CountryFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    UserFactory,
    section_page,
)
from workshops.models import TrainingIndexPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["id", "en", "az"]
SECTIONS = ["home", "programme", "practices", "training"]
ACTIONS = ["add", "edit", "publish", "delete"]
OWNED_SECTION = {MODERATORS: set(SECTIONS), PROGRAMME_COORDINATORS: {"programme"}, TRAINERS: {"training"}}
# Training goes through review (workshops migration "training_review_workflow"): Trainers
# submit, Moderators publish. Without publish, Wagtail also refuses a Trainer deleting a *live*
# page (deleting unpublishes it): Moderators take published training pages down.
WITHHELD = {(TRAINERS, "publish"), (TRAINERS, "delete")}


def section_and_page(section, language):
    """The page a role would add below, and an existing page of that section, in one language."""
    if section == "home":
        parent = HomePage.objects.get(locale__language_code=language)
        return parent, StandardPageFactory(parent=parent)
    if section == "programme":
        parent = section_page(ProgrammeIndexPage, language)
        return parent, ProgrammePageFactory(parent=parent)
    model = {"practices": PracticeIndexPage, "training": TrainingIndexPage}[section]
    parent = section_page(model, language)
    return parent, StandardPageFactory(parent=parent)


def allowed(parent, page, user, action):
    if action == "add":
        return parent.permissions_for_user(user).can_add_subpage()
    permissions = page.permissions_for_user(user)
    return {
        "edit": permissions.can_edit,
        "publish": permissions.can_publish,
        "delete": permissions.can_delete,
    }[action]()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("role", [MODERATORS, PROGRAMME_COORDINATORS, TRAINERS])
def test_role_page_permission_matches_matrix(role, section, action, language):
    parent, page = section_and_page(section, language)
    user = UserFactory(role=role)

    result = allowed(parent, page, user, action)

    assert result == (section in OWNED_SECTION[role] and (role, action) not in WITHHELD)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("section", SECTIONS)
def test_user_without_role_page_permission_denied(section, action):
    parent, page = section_and_page(section, "id")
    user = UserFactory()

    assert allowed(parent, page, user, action) is False


TAXONOMY = [Country, Institution, Region, Person, Pillar, LifeJourneyStage]
SNIPPET_GRANTS = {
    MODERATORS: {(model, action) for model in TAXONOMY for action in ("add", "change", "delete")},
    PROGRAMME_COORDINATORS: {
        (model, action) for model in (Country, Institution, Region, Person) for action in ("add", "change")
    },
    TRAINERS: {(Person, "add"), (Person, "change")},
}


@pytest.mark.parametrize("action", ["add", "change", "delete"])
@pytest.mark.parametrize("model", TAXONOMY, ids=lambda model: model.__name__)
@pytest.mark.parametrize("role", [MODERATORS, PROGRAMME_COORDINATORS, TRAINERS])
def test_role_snippet_permission_matches_matrix(role, model, action):
    user = UserFactory(role=role)

    result = user.has_perm(f"cms.{action}_{model._meta.model_name}")

    assert result == ((model, action) in SNIPPET_GRANTS[role])


@pytest.mark.parametrize("role", [MODERATORS, PROGRAMME_COORDINATORS, TRAINERS])
def test_every_role_may_enter_admin_and_submit_translations(role):
    user = UserFactory(role=role)

    assert user.has_perms(["wagtailadmin.access_admin", "simple_translation.submit_translation"]) is True


# Real admin requests: the policy above is what the admin enforces.


@pytest.mark.parametrize(
    ("role", "section", "status"),
    [
        (TRAINERS, "training", 200),
        (TRAINERS, "programme", 302),
        (PROGRAMME_COORDINATORS, "programme", 200),
        (PROGRAMME_COORDINATORS, "training", 302),
        (MODERATORS, "practices", 200),
    ],
)
def test_admin_page_edit_view_follows_role(client, role, section, status):
    _parent, page = section_and_page(section, "en")
    client.force_login(UserFactory(role=role))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == status


def test_admin_trainer_cannot_publish_programme_page(client):
    page = ProgrammePageFactory(title="Rencana aksi")
    client.force_login(UserFactory(role=TRAINERS))

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"title": "Diubah", "slug": page.slug, "action-publish": "publish"},
    )

    page.refresh_from_db()
    assert (response.status_code, page.title) == (302, "Rencana aksi")


@pytest.mark.parametrize(
    ("role", "model_name", "status"),
    [
        (PROGRAMME_COORDINATORS, "region", 200),
        (TRAINERS, "region", 302),
        (TRAINERS, "person", 200),
        (MODERATORS, "pillar", 200),
        (PROGRAMME_COORDINATORS, "pillar", 302),
    ],
)
def test_admin_snippet_listing_follows_role(client, role, model_name, status):
    client.force_login(UserFactory(role=role))

    response = client.get(reverse(f"wagtailsnippets_cms_{model_name}:list"))

    assert response.status_code == status


def test_admin_translate_page_copies_it_into_chosen_locale(client):
    page = ProgrammePageFactory(title="MoU 2017")
    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    english = Locale.objects.get(language_code="en")

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )

    translation = page.get_translation(english)
    assert response.status_code == 302
    assert (translation.title, translation.get_parent().specific_class) == ("MoU 2017", ProgrammeIndexPage)


def test_admin_translate_snippet_links_same_language_country(client):
    indonesia = CountryFactory(name="Indonesia")
    indonesia_en = indonesia.copy_for_translation(Locale.objects.get(language_code="en"))
    indonesia_en.save()
    region = Region.objects.create(name="Kota Padang", slug="padang", kind="city", country=indonesia)
    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    english = Locale.objects.get(language_code="en")

    response = client.post(
        reverse("simple_translation:submit_snippet_translation", args=["cms", "region", region.pk]),
        {"locales": [english.pk]},
    )

    translation = Region.objects.get(slug="padang", locale=english)
    assert response.status_code == 302
    assert (translation.translation_key, translation.country_id) == (region.translation_key, indonesia_en.pk)


# New translations of a section inherit its role.


def test_translated_section_inherits_group_page_permissions():
    source = section_page(TrainingIndexPage, "id")
    azerbaijani = section_page(TrainingIndexPage, "az")
    azerbaijani.delete()
    locale = Locale.objects.get(language_code="az")

    copy = source.copy_for_translation(locale)

    granted = sorted(
        (perm.group.name, perm.permission.codename) for perm in GroupPagePermission.objects.filter(page=copy)
    )
    assert granted == [
        (TRAINERS, "add_page"),
        (TRAINERS, "change_page"),
        (TRAINERS, "delete_page"),
    ]


def test_fourth_language_section_created_with_parents_belongs_to_its_role(settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [*settings.LANGUAGES, ("fr", "Français")]
    french = Locale.objects.create(language_code="fr")
    page = ProgrammePageFactory()

    copy = page.copy_for_translation(french, copy_parents=True)

    french_section = copy.get_parent()
    user = UserFactory(role=PROGRAMME_COORDINATORS)
    assert french_section.permissions_for_user(user).can_add_subpage() is True
    assert copy.permissions_for_user(user).can_publish() is True
    assert copy.get_parent().get_parent().permissions_for_user(user).can_add_subpage() is False


def test_inherit_group_page_permissions_twice_adds_nothing():
    section = section_page(ProgrammeIndexPage, "en")

    created = inherit_group_page_permissions(section)

    assert created == []
    assert GroupPagePermission.objects.filter(page=section).count() == 4


def test_moderators_permissions_sit_on_root_only():
    root = Page.get_first_root_node()

    pages = set(GroupPagePermission.objects.filter(group__name=MODERATORS).values_list("page_id", flat=True))

    assert pages == {root.pk}
