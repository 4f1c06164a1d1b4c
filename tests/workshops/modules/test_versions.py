"""Versions: each published version is a release with its change note, shown as a public changelog."""

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from tests.factories import MODERATORS, UserFactory, section_page
from tests.factories.modules import TrainingModulePageFactory, publish_version
from workshops.models import TrainingIndexPage

pytestmark = pytest.mark.django_db


def test_changelog_lists_each_published_version_newest_first(client):
    english = section_page(TrainingIndexPage, "en")
    page = publish_version(
        TrainingModulePageFactory(parent=english), "1.2", "Studi kasus Banyuwangi 2014 ditambahkan."
    )

    response = client.get(page.url)

    html = response.content.decode()
    assert [(r.version, r.change_note) for r in response.context["releases"]] == [
        ("1.2", "Studi kasus Banyuwangi 2014 ditambahkan."),
        ("1.0", "Versi pertama."),
    ]
    assert "What changed in version 1.2" in html
    assert f'href="{page.url}kit/v1-0/"' in html


def test_republishing_same_version_moves_release_to_new_revision():
    page = TrainingModulePageFactory()
    first_revision = page.releases.get().revision_id

    page = publish_version(page, "1.0", "Versi pertama, salah ketik diperbaiki.")

    release = page.releases.get()
    assert (release.change_note, release.revision_id) == (
        "Versi pertama, salah ketik diperbaiki.",
        page.live_revision_id,
    )
    assert release.revision_id != first_revision


def test_draft_of_new_version_is_not_in_changelog(client):
    page = TrainingModulePageFactory(parent=section_page(TrainingIndexPage, "en"))
    page.version = "2.0"
    page.change_note = "Draf belum ditinjau."
    page.save_revision()

    html = client.get(page.url).content.decode()

    assert ("Draf belum ditinjau." in html, "version 1.0" in html) == (False, True)


def test_admin_moderator_compares_two_revisions_of_module(client):
    page = publish_version(
        TrainingModulePageFactory(title="Standar layanan"),
        "1.1",
        "Judul baru.",
        title="Standar layanan garda depan",
    )
    first, second = (
        page.revisions.order_by("created_at", "pk")[0],
        page.revisions.order_by("created_at", "pk").last(),
    )
    client.force_login(UserFactory(role=MODERATORS))

    response = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    )

    assert response.status_code == 200
    assert "Standar layanan garda depan" in response.content.decode()


def test_module_version_must_be_major_dot_minor():
    page = TrainingModulePageFactory.build(version="1.2b")

    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            page.full_clean(exclude=["path", "depth", "slug", "content_type", "locale", "translation_key"])
        messages = error.value.message_dict["version"]

    assert messages == ["Write the version as major.minor, e.g. 1.2."]
