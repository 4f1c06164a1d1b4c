"""Milestone evidence links the other sections' pages: workshops, training modules, practices."""

import pytest

from programmes.models import MilestoneEvidence
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory
from tests.factories.modules import TrainingModulePageFactory
from tests.factories.practices import PracticeFactory
from tests.factories.workshops import WorkshopPageFactory

pytestmark = pytest.mark.django_db


def milestone_with(*pages):
    plan = ActionPlanPageFactory()
    milestone = MilestoneFactory(activity=ActivityFactory(plan=plan))
    for index, page in enumerate(pages):
        MilestoneEvidence.objects.create(milestone=milestone, page=page, sort_order=index)
    return f"{plan.url}milestones/{milestone.pk}/"


def test_milestone_page_links_workshop_module_and_practice_evidence(client):
    workshop = WorkshopPageFactory(title="Lokakarya MPP Padang")
    module = TrainingModulePageFactory(title="Integrasi unit layanan")
    practice = PracticeFactory(title="Mal Pelayanan Publik")
    url = milestone_with(workshop, module, practice)

    response = client.get(url)

    assert response.context["milestone"].shown_evidence == [
        ("Lokakarya MPP Padang", workshop.url),
        ("Integrasi unit layanan", module.url),
        ("Mal Pelayanan Publik", practice.url),
    ]
    content = response.content.decode()
    assert f'<a href="{workshop.url}">Lokakarya MPP Padang</a>' in content


def test_milestone_evidence_workshop_disappears_when_unpublished(client):
    workshop = WorkshopPageFactory(title="Lokakarya MPP Padang")
    url = milestone_with(workshop)
    assert "Lokakarya MPP Padang" in client.get(url).content.decode()

    workshop.unpublish()
    response = client.get(url)

    assert response.context["milestone"].shown_evidence == []
    assert "Lokakarya MPP Padang" not in response.content.decode()
