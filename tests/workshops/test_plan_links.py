"""Workshops ↔ action plan: a workshop names the milestones it serves; each milestone's page lists it.

Both directions show only what the public may see: a milestone of an unpublished or private
plan never appears on a workshop page, an unpublished or private workshop never on a
milestone's page.
"""

import datetime

import pytest

from wagtail.models import Locale, PageViewRestriction

from tests.factories import TRAINERS, UserFactory
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory
from tests.factories.workshops import WorkshopPageFactory, at
from tests.workshops.measure import query_counts

pytestmark = pytest.mark.django_db


def serve(workshop, *milestones):
    """Publish `workshop` serving `milestones` (as an editor does: a revision, then publish)."""
    workshop.serves.set(milestones)
    workshop.save_revision().publish()
    workshop.refresh_from_db()
    return workshop


def milestone_url(plan, milestone):
    return f"{plan.url}milestones/{milestone.pk}/"


@pytest.fixture
def plan():
    return ActionPlanPageFactory(title="Rencana Aksi 2024")


@pytest.fixture
def milestone(plan):
    activity = ActivityFactory(plan=plan, code="A2", title="Pelatihan pengelola MPP")
    return MilestoneFactory(
        activity=activity,
        title="ToT angkatan pertama",
        due_on=datetime.date(2025, 3, 31),
        status="in_progress",
    )


def test_workshop_page_names_the_milestone_it_serves_with_status_and_due_date(client, plan, milestone):
    workshop = serve(WorkshopPageFactory(title="ToT Jakarta"), milestone)

    response = client.get(workshop.url)

    content = response.content.decode()
    assert [(item.milestone.pk, item.url) for item in response.context["served"]] == [
        (milestone.pk, milestone_url(plan, milestone))
    ]
    assert "<dt>Mendukung</dt>" in content
    link = milestone_url(plan, milestone)
    assert (
        f'<li>A2 Pelatihan pengelola MPP — <a href="{link}">ToT angkatan pertama</a> '
        '<span class="meta">(Sedang berjalan, tenggat <time datetime="2025-03-31">'
    ) in content


def test_milestone_link_leads_to_its_public_page_which_lists_the_workshop(client, plan, milestone):
    workshop = serve(WorkshopPageFactory(title="ToT Jakarta", start=at(2024, 11, 4, 9)), milestone)
    link = client.get(workshop.url).context["served"][0].url

    response = client.get(link)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Lokakarya yang mendukung tonggak ini" in content
    assert f'<a href="{workshop.url}">ToT Jakarta</a>' in content
    assert '<time datetime="2024-11-04">' in content


@pytest.mark.parametrize("hide", ["unpublish", "private"])
def test_milestone_of_an_unpublished_or_private_plan_is_not_shown(client, plan, milestone, hide):
    public_plan = ActionPlanPageFactory(title="Rencana publik")
    shown = MilestoneFactory(activity=ActivityFactory(plan=public_plan, code="B1"), title="Tonggak publik")
    workshop = serve(WorkshopPageFactory(), milestone, shown)
    if hide == "unpublish":
        plan.unpublish()
    else:
        PageViewRestriction.objects.create(page=plan, restriction_type="password", password="rahasia")

    response = client.get(workshop.url)

    content = response.content.decode()
    assert [item.milestone.pk for item in response.context["served"]] == [shown.pk]
    assert "ToT angkatan pertama" not in content
    assert "Pelatihan pengelola MPP" not in content
    assert f"milestones/{milestone.pk}/" not in content


def test_workshop_serving_no_public_milestone_has_no_serves_entry(client, plan, milestone):
    workshop = serve(WorkshopPageFactory(), milestone)
    plan.unpublish()

    content = client.get(workshop.url).content.decode()

    assert "<dt>Mendukung</dt>" not in content


@pytest.mark.parametrize("hide", ["unpublish", "private"])
def test_milestone_page_lists_only_live_public_workshops(client, plan, milestone, hide):
    shown = serve(WorkshopPageFactory(title="Lokakarya terbuka", start=at(2024, 9, 2, 9)), milestone)
    hidden = serve(WorkshopPageFactory(title="Lokakarya tersembunyi"), milestone)
    url = milestone_url(plan, milestone)
    assert "Lokakarya tersembunyi" in client.get(url).content.decode()  # cached index, then a change
    if hide == "unpublish":
        hidden.unpublish()
    else:
        PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="rahasia")

    content = client.get(url).content.decode()

    assert f'<a href="{shown.url}">Lokakarya terbuka</a>' in content
    assert "Lokakarya tersembunyi" not in content


def test_milestone_page_without_workshops_has_no_workshop_section(client, plan, milestone):
    content = client.get(milestone_url(plan, milestone)).content.decode()

    assert "milestone-workshops-heading" not in content


def test_milestone_page_prefers_the_readers_language_and_marks_another(client, plan, milestone):
    english = Locale.objects.get(language_code="en")
    translated = serve(WorkshopPageFactory(title="Lokakarya bersama"), milestone)
    english_copy = translated.copy_for_translation(english, copy_parents=True)
    english_copy.title = "Joint workshop"
    english_copy.save_revision().publish()
    only_indonesian = serve(WorkshopPageFactory(title="Kunjungan studi"), milestone)
    english_plan = plan.copy_for_translation(english, copy_parents=True)
    english_plan.save_revision().publish()
    english_plan.refresh_from_db()

    content = client.get(milestone_url(english_plan, milestone)).content.decode()

    assert f'<a href="{english_copy.url}">Joint workshop</a>' in content
    assert "Lokakarya bersama" not in content
    assert f'<a href="{only_indonesian.url}" hreflang="id" lang="id">Kunjungan studi</a>' in content


def test_editor_chooses_milestones_in_the_workshop_form(client, plan, milestone):
    workshop = WorkshopPageFactory()
    client.force_login(UserFactory(role=TRAINERS))

    response = client.get(f"/admin/pages/{workshop.pk}/edit/")

    content = response.content.decode()
    assert response.status_code == 200
    assert f'name="serves" value="{milestone.pk}"' in content
    assert "Rencana Aksi 2024 · A2 · ToT angkatan pertama (tenggat 2025-03-31)" in content


@pytest.mark.query_count("workshops.WorkshopPage")
def test_workshop_page_query_count_same_for_1_3_50_served_milestones(client, django_assert_max_num_queries):
    workshop = WorkshopPageFactory()
    milestones = []

    def grow(size):
        while len(milestones) < size:
            plan = ActionPlanPageFactory() if len(milestones) % 2 else None
            activity = ActivityFactory(plan=plan) if plan else ActivityFactory()
            milestones.append(MilestoneFactory(activity=activity))
        serve(workshop, *milestones)

    counts = query_counts(client, django_assert_max_num_queries, workshop.url, grow)

    assert len(client.get(workshop.url).context["served"]) == 50
    assert counts[1] == counts[3] == counts[50]


@pytest.mark.query_count("programmes.ActionPlanPage")
def test_milestone_page_query_count_same_for_1_3_50_serving_workshops(
    client, plan, milestone, django_assert_max_num_queries
):
    workshops = []

    def grow(size):
        while len(workshops) < size:
            workshops.append(serve(WorkshopPageFactory(), milestone))

    counts = query_counts(client, django_assert_max_num_queries, milestone_url(plan, milestone), grow)

    assert client.get(milestone_url(plan, milestone)).content.decode().count("<li><a href=") >= 50
    assert counts[1] == counts[3] == counts[50]
