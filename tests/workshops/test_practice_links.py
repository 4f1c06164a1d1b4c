"""Practices ↔ training: a module's related practices, a guide's self-check gaps linking training pages."""

import pytest

from wagtail.models import PageViewRestriction

from practices.models import ReplicationGuideTraining
from tests.factories.modules import TrainingModulePageFactory
from tests.factories.practices import PracticeFactory, ReplicationGuideFactory
from tests.factories.workshops import WorkshopPageFactory
from tests.workshops.measure import query_counts
from workshops.models import TrainingModulePractice

pytestmark = pytest.mark.django_db


def link_practices(module, practices):
    for index, practice in enumerate(practices):
        TrainingModulePractice.objects.create(page=module, practice=practice, sort_order=index)


def link_training(guide, pages):
    for index, page in enumerate(pages):
        ReplicationGuideTraining.objects.create(guide=guide, page=page, sort_order=index)


def test_module_page_links_live_public_related_practices_in_order(client):
    module = TrainingModulePageFactory()
    mpp = PracticeFactory(title="Mal Pelayanan Publik")
    asan = PracticeFactory(title="ASAN Xidmat")
    draft = PracticeFactory(title="Praktik draf")
    private = PracticeFactory(title="Praktik tertutup")
    link_practices(module, [mpp, asan, draft, private])
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    response = client.get(module.url)

    assert [page.title for page in response.context["related_practices"]] == [
        "Mal Pelayanan Publik",
        "ASAN Xidmat",
    ]
    content = response.content.decode()
    assert f'<li><a href="{mpp.url}">Mal Pelayanan Publik</a></li>' in content
    assert "Praktik draf" not in content
    assert "Praktik tertutup" not in content


def test_self_check_gaps_link_related_training_pages(client):
    guide = ReplicationGuideFactory()
    module = TrainingModulePageFactory(title="Integrasi unit layanan")
    workshop = WorkshopPageFactory(title="Lokakarya MPP")
    draft = WorkshopPageFactory(title="Lokakarya draf")
    link_training(guide, [workshop, module, draft])
    draft.unpublish()

    response = client.get(f"{guide.url}check/?have=a1&done=1")

    assert [page.title for page in response.context["related_training"]] == [
        "Lokakarya MPP",
        "Integrasi unit layanan",
    ]
    content = response.content.decode()
    assert (
        f'<ul class="gaps__training"><li><a href="{workshop.url}">Lokakarya MPP</a></li>'
        f'<li><a href="{module.url}">Integrasi unit layanan</a></li></ul>'
    ) in content
    assert "Lokakarya draf" not in content


def test_self_check_without_gaps_shows_no_training(client):
    guide = ReplicationGuideFactory()
    link_training(guide, [TrainingModulePageFactory()])
    ids = "&".join(f"have={block.id}" for block in guide.readiness)

    response = client.get(f"{guide.url}check/?{ids}&done=1")

    assert response.context["related_training"] == []
    assert "gaps__training" not in response.content.decode()


@pytest.mark.query_count("workshops.TrainingModulePage")
def test_module_page_query_count_same_for_1_3_50_related_practices(client, django_assert_max_num_queries):
    module = TrainingModulePageFactory()
    practices = []

    def grow(size):
        while len(practices) < size:
            practices.append(PracticeFactory())
            link_practices(module, practices[-1:])
            TrainingModulePractice.objects.filter(page=module).update(sort_order=0)

    counts = query_counts(client, django_assert_max_num_queries, module.url, grow)

    assert len(client.get(module.url).context["related_practices"]) == 50
    assert counts[1] == counts[3] == counts[50]


@pytest.mark.query_count("practices.ReplicationGuide")
def test_self_check_query_count_same_for_1_3_50_training_links(client, django_assert_max_num_queries):
    guide = ReplicationGuideFactory()
    pages = []

    def grow(size):
        while len(pages) < size:
            pages.append(WorkshopPageFactory())
            link_training(guide, pages[-1:])

    counts = query_counts(client, django_assert_max_num_queries, f"{guide.url}check/?done=1", grow)

    assert len(client.get(f"{guide.url}check/?done=1").context["related_training"]) == 50
    assert counts[1] == counts[3] == counts[50]
