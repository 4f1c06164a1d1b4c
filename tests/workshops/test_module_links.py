"""Workshops ↔ training modules: which module version a session taught, shown on both pages."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories.modules import TrainingModulePageFactory, publish_version
from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory, at
from tests.workshops.measure import query_counts
from workshops.models import TrainingModuleRelease

pytestmark = pytest.mark.django_db


def taught(workshop, module, version=None, title="Sesi modul"):
    """A session of `workshop` that taught `module` at `version` (its live version by default)."""
    release = TrainingModuleRelease.resolve(module, version)
    session = WorkshopSessionFactory(page=workshop, title=title, module_release=release)
    workshop.save_revision().publish()
    return session


def test_workshop_page_lists_the_module_versions_it_taught(client):
    module = TrainingModulePageFactory(title="Integrasi unit layanan", code="MPP-INT-01")
    publish_version(module, "1.1", "Contoh baru.")
    workshop = WorkshopPageFactory(title="ToT Baku")
    taught(workshop, module, "1.0", title="Hari pertama")
    taught(workshop, module, "1.0", title="Hari kedua")

    response = client.get(workshop.url)

    content = response.content.decode()
    assert [(page.code, release.version) for page, release in response.context["modules"]] == [
        ("MPP-INT-01", "1.0")
    ]
    assert (
        f'<li><a href="{module.url}">MPP-INT-01 · Integrasi unit layanan</a> '
        '<span class="meta">· versi 1.0</span></li>'
    ) in content


def test_workshop_page_hides_an_unpublished_or_private_module(client):
    hidden = TrainingModulePageFactory(code="MPP-INT-02")
    private = TrainingModulePageFactory(code="MPP-INT-03")
    workshop = WorkshopPageFactory()
    taught(workshop, hidden)
    taught(workshop, private)
    hidden.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="baku")

    response = client.get(workshop.url)

    assert response.context["modules"] == []
    assert "MPP-INT-02" not in response.content.decode()
    assert "MPP-INT-03" not in response.content.decode()


def test_module_page_lists_live_public_workshops_it_was_delivered_in(client):
    module = TrainingModulePageFactory(code="MPP-INT-01")
    later = WorkshopPageFactory(title="Lokakarya Padang", city="Padang", start=at(2019, 3, 4, 9))
    first = WorkshopPageFactory(title="ToT Baku", city="Baku", start=at(2018, 7, 4, 9))
    draft = WorkshopPageFactory(title="Lokakarya draf")
    private = WorkshopPageFactory(title="Lokakarya tertutup")
    for workshop in (later, first, draft, private):
        taught(workshop, module)
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="baku")

    response = client.get(module.url)

    content = response.content.decode()
    assert [page.title for page in response.context["delivered_in"]] == ["ToT Baku", "Lokakarya Padang"]
    assert f'<li><a href="{first.url}">ToT Baku</a>' in content
    assert "Lokakarya draf" not in content
    assert "Lokakarya tertutup" not in content


def test_module_page_without_deliveries_has_no_delivered_section(client):
    module = TrainingModulePageFactory()

    response = client.get(module.url)

    assert response.context["delivered_in"] == []
    assert 'id="delivered-heading"' not in response.content.decode()


def test_workshop_list_filters_by_module_code(client):
    module = TrainingModulePageFactory(code="MPP-INT-01")
    other = TrainingModulePageFactory(code="MPP-FO-02")
    with_module = WorkshopPageFactory(title="Dengan modul", start=at(2030, 1, 6, 9))
    WorkshopPageFactory(title="Tanpa modul", start=at(2030, 1, 7, 9))
    with_other = WorkshopPageFactory(title="Modul lain", start=at(2030, 1, 8, 9))
    taught(with_module, module)
    taught(with_other, other)

    response = client.get("/id/workshops/?module=MPP-INT-01")

    assert [page.title for page, _span in response.context["rows"]] == ["Dengan modul"]
    assert response.context["filters"]["module"] == "MPP-INT-01"
    assert response.context["module_codes"] == ["MPP-FO-02", "MPP-INT-01"]
    assert '<option value="MPP-INT-01" selected>MPP-INT-01</option>' in response.content.decode()


@pytest.mark.parametrize("value", ["NOPE-99", "<script>", "x" * 500, "mpp-int-01"])
def test_workshop_list_unknown_module_shows_a_message_and_all_events(client, value):
    TrainingModulePageFactory(code="MPP-INT-01")
    WorkshopPageFactory(title="Lokakarya", start=at(2030, 1, 6, 9))

    response = client.get("/id/workshops/", {"module": value})

    assert response.status_code == 200
    assert [page.title for page, _span in response.context["rows"]] == ["Lokakarya"]
    assert response.context["filters"]["module"] == ""
    assert response.context["module_error"] == (
        f"“{value[:40]}” bukan kode modul pelatihan yang terbit; semua modul ditampilkan."
    )


@pytest.mark.query_count("workshops.WorkshopPage")
def test_workshop_page_query_count_same_for_1_3_50_taught_modules(client, django_assert_max_num_queries):
    workshop = WorkshopPageFactory()

    def grow(size):
        while workshop.sessions.count() < size:
            taught(workshop, TrainingModulePageFactory(sessions=0))

    counts = query_counts(client, django_assert_max_num_queries, workshop.url, grow)

    assert len(client.get(workshop.url).context["modules"]) == 50
    assert counts[1] == counts[3] == counts[50]


@pytest.mark.query_count("workshops.TrainingModulePage")
def test_module_page_query_count_same_for_1_3_50_deliveries(client, django_assert_max_num_queries):
    module = TrainingModulePageFactory()
    workshops = []

    def grow(size):
        while len(workshops) < size:
            workshops.append(WorkshopPageFactory())
            taught(workshops[-1], module)

    counts = query_counts(client, django_assert_max_num_queries, module.url, grow)

    assert len(client.get(module.url).context["delivered_in"]) == 50
    assert counts[1] == counts[3] == counts[50]


@pytest.mark.query_count("workshops.WorkshopPage")
def test_workshop_list_query_count_same_for_1_3_50_with_module_filter(client, django_assert_max_num_queries):
    module = TrainingModulePageFactory(code="MPP-INT-01")
    workshops = []

    def grow(size):
        while len(workshops) < size:
            workshops.append(WorkshopPageFactory(start=at(2030, 1, 6, 9)))
            taught(workshops[-1], module)

    counts = query_counts(client, django_assert_max_num_queries, "/id/workshops/?module=MPP-INT-01", grow)

    assert counts[1] == counts[3] == counts[50]
