"""RSS and Atom feeds per language: new practices and guides, HEAD and conditional GET."""

import pytest

from django.urls import reverse
from django.utils import translation

from tests.factories.practices import PracticeFactory, ReplicationGuideFactory

pytestmark = pytest.mark.django_db


def published(page):
    """Factories save pages live; publishing stamps the dates a feed reports, as the admin does."""
    page.save_revision().publish()
    return page


def feed_url(name="feed_rss", language="id"):
    with translation.override(language):
        return reverse(f"practices:{name}")


def test_rss_lists_practices_and_guides_newest_first(client):
    practice = published(PracticeFactory(title="ASAN Xidmat"))
    published(ReplicationGuideFactory(parent=practice, title="Panduan MPP"))
    draft = PracticeFactory(title="Draf rahasia")
    draft.unpublish()

    response = client.get(feed_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert content.index("<title>Panduan MPP</title>") < content.index("<title>ASAN Xidmat</title>")
    assert "Draf rahasia" not in content


def test_atom_feed_is_atom(client):
    PracticeFactory(title="ASAN Xidmat")

    response = client.get(feed_url("feed_atom"))

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert "<title>ASAN Xidmat</title>" in response.content.decode()


def test_feed_is_per_language(client):
    PracticeFactory(title="Praktik Indonesia")

    english = client.get(feed_url(language="en"))

    assert "Praktik Indonesia" not in english.content.decode()


def test_feed_answers_head_and_conditional_get(client):
    published(PracticeFactory())
    url = feed_url()

    first = client.get(url)
    head = client.head(url)
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == first["ETag"]
    assert again.status_code == 304
    assert since.status_code == 304


def test_feed_etag_changes_when_a_practice_is_published(client):
    published(PracticeFactory())
    url = feed_url()
    first = client.get(url)

    published(PracticeFactory())

    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 200
