"""The module listing of the training section: filters, version and update shown, constant queries."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories import PillarFactory, section_page, translate
from tests.factories.modules import TrainingModulePageFactory, TrainingModuleSessionFactory
from workshops.models import Audience, TrainingIndexPage

pytestmark = pytest.mark.django_db


def listed(client, section_language="id", **params):
    response = client.get(section_page(TrainingIndexPage, section_language).url, params)
    assert response.status_code == 200
    return [module.title for module in response.context["modules"]], response


def test_listing_shows_code_version_and_last_update(client):
    page = TrainingModulePageFactory(
        title="One roof", code="MPP-INT-01", version="1.2", parent=section_page(TrainingIndexPage, "en")
    )

    _titles, response = listed(client, "en")

    html = response.content.decode()
    assert f'<a href="{page.url}">One roof</a>' in html
    assert "MPP-INT-01 · version 1.2 · updated" in html


def test_listing_filters_by_audience(client):
    TrainingModulePageFactory(title="Untuk pimpinan", audience=Audience.REGIONAL_LEADERS)
    TrainingModulePageFactory(title="Untuk petugas", audience=Audience.FRONT_OFFICE)

    titles, _response = listed(client, audience="front-office")

    assert titles == ["Untuk petugas"]


def test_listing_filters_by_pillar_slug(client):
    complaints = PillarFactory(name="Pengaduan", slug="pengaduan")
    TrainingModulePageFactory(title="Manajemen pengaduan", pillar=complaints)
    TrainingModulePageFactory(title="Standar layanan")

    titles, _response = listed(client, pillar="pengaduan")

    assert titles == ["Manajemen pengaduan"]


def test_listing_filters_by_duration(client):
    TrainingModulePageFactory(title="Singkat", sessions=2)  # 90 minutes
    TrainingModulePageFactory(title="Sehari", sessions=8)  # 360 minutes

    short, _response = listed(client, duration="short")
    day, _response = listed(client, duration="day")

    assert (short, day) == (["Singkat"], ["Sehari"])


def test_listing_filters_by_language_available(client):
    both = TrainingModulePageFactory(title="Dwibahasa")
    TrainingModulePageFactory(title="Hanya Indonesia")
    translate(both, "en", title="Bilingual")

    titles, response = listed(client, language="en")

    assert titles == ["Dwibahasa"]
    assert response.context["modules"][0].language_names == ["Bahasa Indonesia", "English"]


def test_listing_ignores_unknown_filter_value_and_says_so(client):
    TrainingModulePageFactory(title="One roof", parent=section_page(TrainingIndexPage, "en"))

    titles, response = listed(client, "en", audience="<script>", duration="forever")

    assert titles == ["One roof"]
    assert "Some filters were not understood and were ignored." in response.content.decode()


def test_listing_leaves_out_drafts_and_private_modules(client):
    TrainingModulePageFactory(title="Terbit")
    private = TrainingModulePageFactory(title="Khusus peserta")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="tot")
    draft = TrainingModulePageFactory(title="Draf")
    draft.unpublish()

    titles, _response = listed(client)

    assert titles == ["Terbit"]


def test_listing_duration_counts_every_session(client):
    page = TrainingModulePageFactory(title="Tiga sesi", sessions=0)
    for minutes in (30, 60, 90):
        TrainingModuleSessionFactory(page=page, minutes=minutes)
    page.save_revision().publish()

    _titles, response = listed(client)

    assert response.context["modules"][0].minutes == 180


# The section page's own 5 (route, breadcrumbs, its children and their count) plus the
# module listing: the filter form's pillars, the modules and their count.
LISTING_QUERIES = 8


@pytest.mark.query_count("workshops.TrainingIndexPage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_listing_query_count(client, django_assert_num_queries, count):
    TrainingModulePageFactory.create_batch(count, sessions=2)
    url = section_page(TrainingIndexPage).url
    client.get(url, {"audience": "service-managers"})  # steady state: per-process caches filled

    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(url, {"audience": "service-managers"})

    assert len(response.context["modules"]) == min(count, 24)
