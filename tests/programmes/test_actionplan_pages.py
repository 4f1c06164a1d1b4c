"""The public progress page and milestone pages: content, what stays private, query counts."""

import datetime

import pytest

from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from programmes.models import MilestoneEvidence, MilestoneStatus, Side
from tests.factories import (
    CountryFactory,
    InstitutionFactory,
    PersonFactory,
    StandardPageFactory,
    UserFactory,
    translate,
)
from tests.factories.actionplan import (
    ActionPlanPageFactory,
    ActivityFactory,
    IndicatorValueFactory,
    MilestoneFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def today(monkeypatch):
    day = datetime.date(2025, 7, 1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: day)
    return day


def test_progress_page_lists_what_is_late_with_its_note(client, today):
    plan = ActionPlanPageFactory(title="Rencana Aksi 2024–2026")
    activity = ActivityFactory(plan=plan, code="A1", title="Lokakarya MPP")
    MilestoneFactory(
        activity=activity,
        title="Lokakarya pertama",
        due_on=datetime.date(2025, 6, 21),
        status=MilestoneStatus.DELAYED,
        progress=30,
        status_note="Menunggu jadwal menteri.",
    )

    response = client.get(plan.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert [m.title for m in response.context["progress"].late] == ["Lokakarya pertama"]
    assert "10 hari terlambat" in content
    assert "Menunggu jadwal menteri." in content
    assert '<svg class="plan-chart"' in content


def test_progress_page_answers_head(client):
    plan = ActionPlanPageFactory()

    response = client.head(plan.url)

    assert (response.status_code, response.content) == (200, b"")


def test_progress_page_shows_only_public_evidence(client):
    plan = ActionPlanPageFactory()
    public_page = StandardPageFactory(title="Laporan lokakarya")
    draft_page = StandardPageFactory(title="Draf rahasia", live=False)
    restricted_page = StandardPageFactory(title="Halaman terbatas")
    PageViewRestriction.objects.create(page=restricted_page, restriction_type="login")
    private_collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(collection=private_collection, restriction_type="login")
    private_document = Document.objects.create(title="Notulen internal", collection=private_collection)
    milestone = MilestoneFactory(activity=ActivityFactory(plan=plan))
    for index, values in enumerate(
        [
            {"page": public_page},
            {"page": draft_page},
            {"page": restricted_page},
            {"document": private_document},
        ]
    ):
        MilestoneEvidence.objects.create(milestone=milestone, sort_order=index, **values)

    response = client.get(plan.url)

    [row] = response.context["progress"].activities
    assert row.milestones[0].shown_evidence == [("Laporan lokakarya", public_page.url)]
    content = response.content.decode()
    assert [
        text for text in ("Draf rahasia", "Halaman terbatas", "Notulen internal") if text in content
    ] == []


def test_draft_plan_is_not_public(client):
    plan = ActionPlanPageFactory(live=False)

    assert client.get(plan.url).status_code == 404


def test_translated_plan_shows_the_same_milestones_in_its_language(client):
    plan = ActionPlanPageFactory(title="Rencana Aksi", slug="rencana-aksi")
    institution = InstitutionFactory(name="Kementerian PANRB", country=CountryFactory(name="Indonesia"))
    translate(institution.country, "en", name="Indonesia")
    translate(institution, "en", name="Ministry PANRB")
    activity = ActivityFactory(
        plan=plan, title="Lokakarya", title_en="Workshops", responsible_institution=institution
    )
    MilestoneFactory(activity=activity, title="Lokakarya pertama", title_en="First workshop")
    english = translate(plan, "en", title="Action plan", slug="action-plan")

    response = client.get(english.url)

    content = response.content.decode()
    assert english.url == "/en/programme/action-plan/"
    assert [text for text in ("First workshop", "Workshops", "Ministry PANRB") if text in content] == [
        "First workshop",
        "Workshops",
        "Ministry PANRB",
    ]


def test_milestone_page_shows_history_without_names_or_reasons(client):
    plan = ActionPlanPageFactory()
    milestone = MilestoneFactory(activity=ActivityFactory(plan=plan), title="Forum berbagi pengetahuan")
    milestone.status, milestone.progress = MilestoneStatus.IN_PROGRESS, 40
    milestone.change_author = UserFactory(username="koordinator", first_name="Siti")
    milestone.change_reason = "Alasan internal koordinator."
    milestone.save()

    response = client.get(f"{plan.url}milestones/{milestone.pk}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Belum dimulai → Sedang berjalan" in content
    assert "0 % → 40 %" in content
    assert [text for text in ("koordinator", "Siti", "Alasan internal") if text in content] == []


def test_milestone_page_of_another_plan_is_not_found(client):
    plan = ActionPlanPageFactory()
    other = MilestoneFactory()

    assert client.get(f"{plan.url}milestones/{other.pk}/").status_code == 404


def build_plan(count):
    plan = ActionPlanPageFactory()
    indonesia, azerbaijan = CountryFactory(), CountryFactory()
    for index in range(count):
        activity = ActivityFactory(
            plan=plan,
            responsible_institution=InstitutionFactory(country=indonesia),
            supporting_institution=InstitutionFactory(country=azerbaijan),
            contact_person=PersonFactory(),
        )
        page = StandardPageFactory()
        MilestoneFactory(
            activity=activity,
            side=Side.JOINT,
            status=MilestoneStatus.COMPLETED,
            progress=100,
            evidence=[f"https://example.org/{index}"],
        )
        MilestoneEvidence.objects.create(milestone=activity.milestones.get(), page=page)
        MilestoneFactory(activity=activity, due_on=datetime.date(2024, 9, 1))
        IndicatorValueFactory(indicator__activity=activity)
    return plan


@pytest.mark.query_count("programmes.ActionPlanPage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_progress_page_query_count(client, django_assert_num_queries, count):
    plan = build_plan(count)
    client.get(plan.url)  # fills the per-process caches: the steady state is what is counted

    # Within the budget of 12: four for the page (route, breadcrumbs, language switcher), five for the
    # plan (activities, milestones, evidence with its privacy, indicators, their values).
    with django_assert_num_queries(8):
        response = client.get(plan.url)

    assert len(response.context["progress"].milestones) == 2 * count


@pytest.mark.parametrize("count", [1, 3, 50])
def test_milestone_page_query_count(client, django_assert_num_queries, count):
    plan = build_plan(1)
    milestone = plan.milestone_queryset().first()
    for _ in range(count):
        milestone.due_on += datetime.timedelta(days=1)
        milestone.save()
    url = f"{plan.url}milestones/{milestone.pk}/"
    client.get(url)

    # Four for the page, then the milestone with its evidence (two) and its changes (one).
    with django_assert_num_queries(6):
        response = client.get(url)

    assert len(response.context["changes"]) == count
