"""The home page's figures, counted from the content of each language, and the home page's queries."""

import pytest

from django.utils import translation

from cms import figures, taxonomy_figures
from cms.models import MPPStatus, RegionKind
from tests.factories import (
    CountryFactory,
    PersonFactory,
    ProvinceFactory,
    RegionFactory,
    StandardPageFactory,
    home_page,
    translate,
)

pytestmark = pytest.mark.django_db


def values(figure_list):
    return [(figure.label, figure.value, figure.url) for figure in figure_list]


def test_mpp_figures_count_profiled_regions_with_their_status(locales):
    province = ProvinceFactory(name="Bali", mpp_status=MPPStatus.OPERATING)
    RegionFactory.create_batch(2, parent=province, mpp_status=MPPStatus.OPERATING)
    RegionFactory(parent=province, kind=RegionKind.REGENCY, mpp_status=MPPStatus.PLANNED)
    RegionFactory(parent=province, mpp_status=MPPStatus.NONE)

    with translation.override("en"):
        result = taxonomy_figures.mpp_figures(locales["en"]) + taxonomy_figures.mpp_figures(locales["id"])

    assert [(f.label, f.value, f.url, f.detail) for f in result] == [
        (
            "Regencies and cities profiled",
            0,
            "/en/regions/",
            "0 with an MPP operating, 0 building one, 0 planning one",
        ),
        (
            "Regencies and cities profiled",
            4,
            "/id/regions/",
            "2 with an MPP operating, 0 building one, 1 planning one",
        ),
    ]


def test_people_figures_count_people_and_trainers(locales):
    PersonFactory.create_batch(2)
    PersonFactory(is_trainer=True)

    with translation.override("en"):
        (figure,) = taxonomy_figures.people_figures(locales["id"])

    assert (figure.value, figure.detail, figure.url) == (3, "1 trainer", "/id/people/")


def test_partner_figures_count_partner_countries_of_the_language(locales):
    indonesia = CountryFactory(name="Indonesia", is_partner=True)
    CountryFactory(name="Azerbaijan", is_partner=True)
    CountryFactory(name="Georgia")
    translate(indonesia, "en")

    counts = [taxonomy_figures.partner_figures(locales[code])[0].value for code in ("id", "en", "az")]

    assert counts == [2, 1, 0]


def test_collect_labels_figures_in_the_locales_language(locales):
    PersonFactory(is_trainer=True)

    labels = [figure.label for figure in figures.collect(locales["az"])]

    assert labels[:2] == ["Profili verilmiş regentlik və şəhərlər", "Tərəfdaş ölkələr"]


def test_register_adds_a_provider_once():
    def provider(locale):
        return [figures.Figure(label="Workshops", value=4)]

    try:
        figures.register(provider)
        figures.register(provider)
        assert figures._providers.count(provider) == 1
    finally:
        figures._providers.remove(provider)


def test_home_page_shows_figures_in_its_language(client):
    RegionFactory(mpp_status=MPPStatus.OPERATING)

    response = client.get("/id/")

    first = response.context["figures"][0]
    assert (first.label, first.value, first.detail) == (
        "Kabupaten dan kota yang diprofilkan",
        1,
        "1 dengan MPP beroperasi, 0 sedang membangun, 0 merencanakan",
    )


@pytest.mark.query_count("cms.HomePage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_home_page_query_count(client, django_assert_num_queries, count):
    RegionFactory.create_batch(count)
    PersonFactory.create_batch(count)
    StandardPageFactory.create_batch(count, parent=home_page("id"))
    client.get("/id/")

    # The route, the figures, the latest items and the language links come from the
    # content-version cache (cms.cache): only the page itself is read.
    with django_assert_num_queries(1):
        response = client.get("/id/")

    assert len(response.context["latest_pages"]) == min(count, 6)


def test_latest_pages_leave_out_home_and_section_pages(client):
    page = StandardPageFactory(parent=home_page("id"), title="Panduan replikasi MPP")

    response = client.get("/id/")

    assert [item.title for item in response.context["latest_pages"]] == [page.title]
