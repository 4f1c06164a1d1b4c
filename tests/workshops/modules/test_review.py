"""The review workflow, through the admin's own views: Trainers submit, Moderators approve or reject."""

import pytest

from django.urls import reverse

from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html, rich_text

from programmes.models import ProgrammeIndexPage
from tests.factories import MODERATORS, TRAINERS, UserFactory, section_page
from tests.factories.modules import TrainingModulePageFactory
from workshops.models import TrainingIndexPage, TrainingModulePage

pytestmark = pytest.mark.django_db


def module_form(**changes):
    """The add form's POST data for a complaint-management module with one session."""
    data = {
        "title": "Manajemen pengaduan",
        "slug": "manajemen-pengaduan",
        "summary": "Menangani pengaduan warga di MPP.",
        "code": "MPP-ADU-01",
        "version": "1.0",
        "change_note": "Versi pertama untuk ToT regional.",
        "learning_objectives": rich_text("<p>Peserta dapat menerapkan alur pengaduan.</p>"),
        "audience": "front-office",
        "pillar": "",
        "prerequisites": rich_text(""),
        "licence": "CC-BY-4.0",
        "sessions": inline_formset(
            [
                {
                    "title": "Alur pengaduan",
                    "minutes": "60",
                    "method": "role-play",
                    "materials_used": "Kartu peran",
                    "trainer_notes": "Bentuk kelompok tiga orang.",
                }
            ]
        ),
        "materials": inline_formset([]),
        "assessment_questions": inline_formset([]),
        "related_practices": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def add_url(language="id"):
    return reverse(
        "wagtailadmin_pages:add",
        args=["workshops", "trainingmodulepage", section_page(TrainingIndexPage, language).pk],
    )


def submit_as_trainer(client):
    client.force_login(UserFactory(role=TRAINERS))
    response = client.post(add_url(), {**module_form(), "action-submit": "Submit to Training review"})
    return response, TrainingModulePage.objects.get(slug="manajemen-pengaduan")


def test_admin_trainer_submits_new_module_for_review(client):
    response, page = submit_as_trainer(client)

    state = page.current_workflow_state
    assert response.status_code == 302
    assert (page.live, state.workflow.name, state.current_task_state.task.name) == (
        False,
        "Training review",
        "Moderator review of training",
    )


def test_admin_trainer_publish_action_does_not_publish(client):
    client.force_login(UserFactory(role=TRAINERS))

    client.post(add_url(), {**module_form(), "action-publish": "Publish"})

    page = TrainingModulePage.objects.get(slug="manajemen-pengaduan")
    assert (page.live, page.releases.count()) == (False, 0)


def test_admin_trainer_edit_form_offers_submit_but_not_publish(client):
    page = TrainingModulePageFactory()
    client.force_login(UserFactory(role=TRAINERS))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert ('name="action-submit"' in html, 'name="action-publish"' in html) == (True, False)


def test_admin_trainer_cannot_add_module_outside_training(client):
    client.force_login(UserFactory(role=TRAINERS))
    programme = section_page(ProgrammeIndexPage)

    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[programme.pk]))

    assert response.status_code == 302


def _moderate(client, page, action, comment):
    task_state = page.current_workflow_task_state
    client.force_login(UserFactory(role=MODERATORS))
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


def test_admin_moderator_approves_and_module_is_published_with_release(client):
    _response, page = submit_as_trainer(client)

    _moderate(client, page, "approve", "Siap dipakai di ToT Padang.")

    page.refresh_from_db()
    release = page.releases.get()
    task_state = TaskState.objects.filter(revision__object_id=str(page.pk)).get()
    assert (page.live, release.version, release.change_note) == (
        True,
        "1.0",
        "Versi pertama untuk ToT regional.",
    )
    assert (task_state.status, task_state.get_comment()) == ("approved", "Siap dipakai di ToT Padang.")
    client.logout()
    assert client.get(page.url).status_code == 200


def test_admin_moderator_rejects_with_comment_and_module_stays_unpublished(client):
    _response, page = submit_as_trainer(client)

    _moderate(client, page, "reject", "Tambahkan lembar kerja untuk sesi 1.")

    page.refresh_from_db()
    task_state = TaskState.objects.filter(revision__object_id=str(page.pk)).get()
    assert (page.live, task_state.status, task_state.get_comment()) == (
        False,
        "rejected",
        "Tambahkan lembar kerja untuk sesi 1.",
    )


def test_admin_trainer_resubmits_edited_module_from_edit_view(client):
    page = TrainingModulePageFactory()
    client.force_login(UserFactory(role=TRAINERS))
    form = querydict_from_html(
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode(),
        form_id="page-edit-form",
    )
    form["version"] = "1.1"
    form["change_note"] = "Menambah studi kasus Banyuwangi."
    form["action-submit"] = "Submit"

    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)

    page.refresh_from_db()
    assert response.status_code == 302
    assert (page.version, page.has_unpublished_changes, page.current_workflow_state.status) == (
        "1.0",
        True,
        "in_progress",
    )


def test_admin_trainer_deletes_own_draft_module(client):
    client.force_login(UserFactory(role=TRAINERS))
    client.post(add_url(), module_form())  # saved as a draft
    page = TrainingModulePage.objects.get(slug="manajemen-pengaduan")

    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert response.status_code == 302
    assert TrainingModulePage.objects.filter(pk=page.pk).exists() is False


def test_admin_trainer_previews_new_module_with_trainer_notes(client):
    client.force_login(UserFactory(role=TRAINERS))
    section = section_page(TrainingIndexPage)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["workshops", "trainingmodulepage", section.pk])

    posted = client.post(url, module_form())
    preview = client.get(url)

    html = preview.content.decode()
    assert posted.json() == {"is_valid": True, "is_available": True}
    assert ("Alur pengaduan" in html, "Bentuk kelompok tiga orang." in html) == (True, True)


def test_admin_trainer_previews_edited_module(client):
    page = TrainingModulePageFactory(title="Standar layanan")
    client.force_login(UserFactory(role=TRAINERS))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = querydict_from_html(
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode(),
        form_id="page-edit-form",
    )
    form["title"] = "Standar layanan garda depan"

    client.post(url, form)
    preview = client.get(url)

    assert (preview.status_code, "Standar layanan garda depan" in preview.content.decode()) == (200, True)
