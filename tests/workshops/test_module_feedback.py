"""Feedback results per module version, in the admin, for the module's trainers and nobody else."""

import datetime as dt

import pytest

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import GroupPagePermission

from tests.factories import PROGRAMME_COORDINATORS, UserFactory
from tests.factories.modules import TrainingModulePageFactory, publish_version
from tests.factories.workshops import EventFeedbackFactory, WorkshopPageFactory, WorkshopSessionFactory
from workshops.models import TrainingIndexPage, TrainingModuleRelease
from workshops.module_feedback import editable_modules, may_read_module_feedback

pytestmark = pytest.mark.django_db

INDEX = "/admin/module-feedback/"


def detail(release):
    return f"{INDEX}{release.pk}/"


def trainer_of(page, codename="change_page"):
    """A user whose only rights are admin access and `codename` on `page` (and below)."""
    group = Group.objects.create(name=f"Pelatih {page.pk} {codename}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename=codename)
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def held_event(module, version, *ratings, title="Lokakarya"):
    """A held event whose session taught `module` at `version`, with one answer per (rating, comment)."""
    now = timezone.now()
    event = WorkshopPageFactory(title=title, start=now - dt.timedelta(days=3), end=now - dt.timedelta(days=2))
    release = TrainingModuleRelease.resolve(module, version)
    session_start = event.start + dt.timedelta(hours=1)
    WorkshopSessionFactory(
        page=event, module_release=release, start=session_start, end=session_start + dt.timedelta(hours=1)
    )
    for rating, comment in ratings:
        EventFeedbackFactory(workshop=event, rating=rating, comment=comment)
    return release


@pytest.fixture
def module():
    module = TrainingModulePageFactory(title="Integrasi layanan", code="MPP-INT-01")
    publish_version(module, "1.1", "Contoh baru.")
    return module


@pytest.fixture
def results(module):
    """v1.0 taught in Baku (ratings 5 and 3), v1.1 in Padang (rating 2); another module elsewhere."""
    old = held_event(module, "1.0", (5, "Sangat praktis."), (3, ""), title="ToT Baku")
    new = held_event(module, "1.1", (2, "Terlalu padat."), title="Lokakarya Padang")
    other = TrainingModulePageFactory(code="MPP-FO-02")
    held_event(other, "1.0", (1, "Komentar modul lain."), title="Lokakarya Medan")
    return old, new, other


def test_trainer_sees_each_version_of_their_module_with_mean_and_comments(client, module, results):
    old, new, _other = results
    client.force_login(trainer_of(module))

    response = client.get(INDEX)

    assert response.status_code == 200
    rows = {
        result.release.pk: (result.count, result.mean, len(result.comments))
        for result in response.context["results"]
    }
    assert rows == {old.pk: (2, 4.0, 1), new.pk: (1, 2.0, 1)}
    content = response.content.decode()
    assert "MPP-INT-01 v1.0" in content and "MPP-INT-01 v1.1" in content
    assert "MPP-FO-02" not in content

    page = client.get(detail(old))

    assert page.status_code == 200
    assert page.context["result"].distribution == [(5, 1, 50), (4, 0, 0), (3, 1, 50), (2, 0, 0), (1, 0, 0)]
    text = page.content.decode()
    assert "Sangat praktis." in text
    assert "ToT Baku" in text
    assert "Terlalu padat." not in text  # another version's comment
    assert "Komentar modul lain." not in text


def test_owner_with_add_rights_reads_the_feedback_of_the_module_they_own(client, module, results):
    old, _new, _other = results
    user = trainer_of(TrainingIndexPage.objects.first(), codename="add_page")
    module.owner = user
    module.save(update_fields=["owner"])
    client.force_login(user)

    assert client.get(detail(old)).status_code == 200
    assert {result.release.page_id for result in client.get(INDEX).context["results"]} == {module.pk}


def test_others_never_see_a_modules_feedback(client, module, results):
    old, _new, other = results
    for user in (trainer_of(other), UserFactory(role=PROGRAMME_COORDINATORS)):
        client.force_login(user)

        index = client.get(INDEX)

        assert index.status_code == 200
        assert old.pk not in {result.release.pk for result in index.context["results"]}
        assert "Sangat praktis." not in index.content.decode()
        refused = client.get(detail(old))
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
        assert "Sangat praktis." not in client.get(detail(old), follow=True).content.decode()


def test_anonymous_reader_is_sent_to_the_login(client, results):
    old, _new, _other = results

    response = client.get(detail(old))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unknown_version_is_refused_like_a_foreign_one(client, module):
    client.force_login(trainer_of(module))

    response = client.get(f"{INDEX}999999/")

    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_admin_menu_offers_the_results_to_trainers_only(client, module):
    client.force_login(trainer_of(module))
    assert "/admin/module-feedback/" in client.get("/admin/").content.decode()

    client.force_login(UserFactory(role=PROGRAMME_COORDINATORS))
    assert "/admin/module-feedback/" not in client.get("/admin/").content.decode()


def test_menu_check_answers_what_the_editable_modules_query_answers(module):
    # The menu decides from cached permissions without a query; it must agree with the database.
    section = TrainingIndexPage.objects.first()
    owner = trainer_of(section, codename="add_page")
    module.owner = owner
    module.save(update_fields=["owner"])
    adds_but_owns_nothing = UserFactory()
    adds_but_owns_nothing.groups.set(owner.groups.all())
    users = [
        trainer_of(module),
        trainer_of(section),
        owner,
        adds_but_owns_nothing,
        UserFactory(role=PROGRAMME_COORDINATORS),
        UserFactory(is_superuser=True),
        UserFactory(),
    ]

    answers = [may_read_module_feedback(user) for user in users]

    assert answers == [editable_modules(user).exists() for user in users]
    assert answers == [True, True, True, False, False, True, False]


def test_feedback_on_a_translated_event_counts_for_the_version(client, module):
    from wagtail.models import Locale

    release = held_event(module, "1.0", (4, "Bagus."), title="ToT Baku")
    event = release.sessions.get().page
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    EventFeedbackFactory(workshop=english, rating=2, comment="Good.")
    client.force_login(trainer_of(module))

    result = client.get(detail(release)).context["result"]

    assert (result.count, result.mean, len(result.events)) == (2, 3.0, 1)
