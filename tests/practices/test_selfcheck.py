"""The readiness self-check: gaps link to the guide's steps; nothing is stored unless saved, privately."""

import pytest

from django.core.cache import cache

from practices.models import SavedCheck
from tests.factories.practices import ReplicationGuideFactory, SavedCheckFactory

pytestmark = pytest.mark.django_db


def test_check_lists_gaps_with_the_step_that_builds_them(client):
    guide = ReplicationGuideFactory()

    response = client.get(f"{guide.url}check/", {"have": ["a2"], "done": "1"})

    check = response.context["check"]
    content = response.content.decode()
    assert response.status_code == 200
    assert [(item.text, item.step) for item in check.gaps] == [
        ("Peraturan kepala daerah", 1),
        ("Komitmen instansi vertikal", None),
    ]
    assert f'<a href="{guide.url}#step-1">' in content
    assert SavedCheck.objects.count() == 0


def test_check_with_everything_ticked_says_ready(client):
    guide = ReplicationGuideFactory()

    response = client.get(f"{guide.url}check/", {"have": ["a1", "a2", "a3"], "done": "1"})

    assert response.context["check"].ready is True


def test_check_ignores_ids_not_on_the_checklist(client):
    guide = ReplicationGuideFactory()

    response = client.get(f"{guide.url}check/", {"have": ["zz", "<script>"], "done": "1"})

    assert response.status_code == 200
    assert len(response.context["check"].gaps) == 3


def test_check_form_works_without_javascript_and_answers_head(client):
    guide = ReplicationGuideFactory()

    response = client.get(f"{guide.url}check/")
    head = client.head(f"{guide.url}check/")

    content = response.content.decode()
    assert '<input type="checkbox" id="have-1" name="have" value="a1">' in content
    assert "<script" not in content.split("</head>")[1]
    assert head.status_code == 200
    assert head.content == b""


def test_saving_a_check_makes_an_unguessable_private_link(client):
    guide = ReplicationGuideFactory()

    response = client.post(f"{guide.url}check/save/", {"have": ["a1", "zz"], "done": "1"})

    saved = SavedCheck.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{guide.url}check/{saved.token}/"
    assert len(saved.token) >= 22
    assert saved.ticked == ["a1"]
    page = client.get(response["Location"])
    assert page["Cache-Control"] == "private, no-store"
    assert [item.text for item in page.context["check"].gaps] == [
        "Gedung yang siap",
        "Komitmen instansi vertikal",
    ]


def test_saving_needs_post(client):
    guide = ReplicationGuideFactory()

    response = client.get(f"{guide.url}check/save/")

    assert response.status_code == 405


def test_unknown_or_other_guides_token_is_404(client):
    saved = SavedCheckFactory()
    other = ReplicationGuideFactory()

    assert client.get(f"{other.url}check/{saved.token}/").status_code == 404
    assert client.get(f"{saved.guide.url}check/{'x' * 22}/").status_code == 404


def test_saving_is_limited_per_client_and_a_flood_stores_nothing_more(client):
    cache.clear()
    guide = ReplicationGuideFactory()

    statuses = [client.post(f"{guide.url}check/save/", {"have": ["a1"]}).status_code for _ in range(22)]

    assert statuses == [302] * 20 + [429, 429]
    assert SavedCheck.objects.count() == 20
    cache.clear()
