"""Minutes on sessions: written after the session, shown under it, a private file never listed."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory
from tests.workshops.measure import query_counts

pytestmark = pytest.mark.django_db


def document(title, collection=None):
    extra = {"collection": collection} if collection else {}
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4", name=f"{title}.pdf"), **extra
    )


def private_collection():
    private = Collection.get_first_root_node().add_child(name="Notulen internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return private


def test_session_minutes_text_and_file_shown_under_the_session(client):
    page = WorkshopPageFactory()
    signed = document("Notulen bertanda tangan")
    session = WorkshopSessionFactory(
        page=page,
        title="Diskusi panel",
        minutes="<p>Disepakati <b>tiga</b> langkah.</p>",
        minutes_document=signed,
    )

    content = client.get(page.url).content.decode()

    section = content.split(f'id="session-{session.uid}"', 1)[1].split("</li>", 1)[0]
    assert f'<h4 id="minutes-{session.uid}">Notulen</h4>' in section
    assert "Disepakati <b>tiga</b> langkah." in section
    assert f'<a href="{signed.url}">Notulen bertanda tangan</a>' in section


def test_session_without_minutes_has_no_minutes_heading(client):
    page = WorkshopPageFactory()
    WorkshopSessionFactory(page=page)

    assert "agenda__minutes" not in client.get(page.url).content.decode()


def test_minutes_file_in_a_private_collection_is_not_listed(client):
    page = WorkshopPageFactory()
    WorkshopSessionFactory(page=page, minutes_document=document("Notulen rahasia", private_collection()))

    content = client.get(page.url).content.decode()

    assert "Notulen rahasia" not in content
    assert "agenda__minutes" not in content


@pytest.mark.query_count("workshops.WorkshopPage")
def test_workshop_page_query_count_same_for_1_3_50_sessions_with_minutes(
    client, django_assert_max_num_queries
):
    page = WorkshopPageFactory()

    def grow(size):
        while page.sessions.count() < size:
            WorkshopSessionFactory(page=page, minutes="<p>Catatan.</p>", minutes_document=document("Notulen"))

    counts = query_counts(client, django_assert_max_num_queries, page.url, grow)

    assert client.get(page.url).content.decode().count("agenda__minutes") == 50
    assert counts[1] == counts[3] == counts[50]
