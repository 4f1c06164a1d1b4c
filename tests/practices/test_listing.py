"""The practice listing: filters with counts from the search's facets, sorting, pages, bad input, compare."""

import pytest

from practices.models import PracticeIndexPage
from search.indexing import rebuild
from tests.factories import CountryFactory, PillarFactory, section_page
from tests.factories.practices import PracticeFactory, indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    return section_page(PracticeIndexPage)


@pytest.fixture
def practices():
    azerbaijan = CountryFactory(name="Azerbaijan", code="AZ")
    indonesia = CountryFactory(name="Indonesia", code="ID")
    integration = PillarFactory(name="Integrasi layanan", slug="integrasi")
    complaints = PillarFactory(name="Pengaduan", slug="pengaduan")
    pages = {
        "asan": PracticeFactory(
            title="ASAN Xidmat", origin_country=azerbaijan, year_introduced=2012, pillars=[integration]
        ),
        "mpp": PracticeFactory(
            title="Mal Pelayanan Publik",
            origin_country=indonesia,
            year_introduced=2017,
            pillars=[integration],
        ),
        "lapor": PracticeFactory(
            title="Pengelolaan pengaduan",
            origin_country=indonesia,
            year_introduced=2015,
            pillars=[complaints],
        ),
    }
    rebuild()
    return pages


def test_listing_shows_newest_practices_first_with_facet_counts(client, section, practices):
    response = client.get(section.url)

    outcome = response.context["outcome"]
    assert response.status_code == 200
    assert [page.title for page in response.context["practices"]] == [
        "Mal Pelayanan Publik",
        "Pengelolaan pengaduan",
        "ASAN Xidmat",
    ]
    counts = {facet.name: {o.value: o.count for o in facet.options} for facet in outcome.facets}
    assert counts["country"] == {"id": 2, "az": 1}
    assert counts["pillar"] == {"integrasi": 2, "pengaduan": 1}
    assert counts["year"] == {"2017": 1, "2015": 1, "2012": 1}


def test_listing_filters_combine_and_keep_other_counts(client, section, practices):
    response = client.get(section.url, {"country": "id", "pillar": "integrasi"})

    outcome = response.context["outcome"]
    counts = {facet.name: {o.value: o.count for o in facet.options} for facet in outcome.facets}
    assert [page.title for page in response.context["practices"]] == ["Mal Pelayanan Publik"]
    assert counts["country"] == {"id": 1, "az": 1}
    assert counts["pillar"] == {"integrasi": 1, "pengaduan": 1}


def test_listing_with_words_asks_the_search_engine(client, section, practices):
    response = client.get(section.url, {"q": "pelayanan", "country": "id"})

    assert [page.title for page in response.context["practices"]] == ["Mal Pelayanan Publik"]
    assert response.context["outcome"].results.backend == "database"


def test_listing_unknown_filter_value_gives_an_empty_list(client, section, practices):
    response = client.get(section.url, {"country": "zz"})

    assert response.status_code == 200
    assert response.context["practices"] == []
    assert "0 praktik" in response.content.decode() or "0 practices" in response.content.decode()


@pytest.mark.parametrize("params", [{"page": "abc"}, {"page": "0"}, {"sort": "price"}, {"q": "a\x00b"}])
def test_listing_malformed_input_gives_400_with_message(client, section, practices, params):
    response = client.get(section.url, params)

    assert response.status_code == 400
    assert response.context["outcome"].error != ""


def test_listing_page_past_the_end_is_404(client, section, practices):
    response = client.get(section.url, {"page": "2"})

    assert response.status_code == 404


def test_listing_paginates_twelve_at_a_time(client, section):
    PracticeFactory.create_batch(13)
    rebuild()

    first = client.get(section.url)
    second = client.get(section.url, {"page": "2"})

    assert len(first.context["practices"]) == 12
    assert len(second.context["practices"]) == 1
    assert 'rel="next"' in first.content.decode()


@pytest.mark.query_count("practices.PracticeIndexPage")
def test_listing_query_count_is_constant(client, section, django_assert_max_num_queries):
    counts = []
    for total in (1, 3, 50):
        PracticeFactory.create_batch(total - (0, 1, 3)[len(counts)])
        rebuild()
        client.get(section.url)
        with django_assert_max_num_queries(12) as captured:
            response = client.get(section.url)
        assert response.status_code == 200
        counts.append(len(captured))

    assert counts[0] == counts[1] == counts[2]


def test_compare_shows_indicators_side_by_side(client, section, practices):
    asan, mpp = practices["asan"], practices["mpp"]
    asan.indicators = [indicator(name="Layanan", unit="layanan", achieved="250", achieved_year=2020)]
    asan.save_revision().publish()

    response = client.get(f"{section.url}compare/", {"p": [asan.pk, mpp.pk]})

    assert response.status_code == 200
    assert [page.title for page in response.context["practices"]] == ["ASAN Xidmat", "Mal Pelayanan Publik"]
    rows = dict(response.context["rows"])
    assert [cell.achieved_text() if cell else None for cell in rows["Layanan"]] == ["250", None]


def test_compare_with_a_missing_or_unpublished_practice_is_404(client, section, practices):
    mpp = practices["mpp"]
    practices["asan"].unpublish()

    response = client.get(f"{section.url}compare/", {"p": [practices["asan"].pk, mpp.pk]})

    assert response.status_code == 404
    assert (
        response.context["problem"]
        == "Salah satu praktik yang akan dibandingkan tidak diterbitkan atau tidak ada."
    )


@pytest.mark.parametrize("values", [["1", "2", "3", "4"], ["x"], ["1"]])
def test_compare_bad_lists_give_400(client, section, practices, values):
    ids = [str(page.pk) for page in practices.values()]
    values = [ids[int(v) % 3] if v.isdigit() else v for v in values]
    if len(values) == 4:
        values[3] = str(int(max(ids)) + 100)

    response = client.get(f"{section.url}compare/", {"p": values})

    assert response.status_code == 400
    assert response.context["problem"] != ""


def test_listing_and_compare_answer_head(client, section, practices):
    ids = [practices["asan"].pk, practices["mpp"].pk]

    listing = client.head(section.url, {"country": "id"})
    compare = client.head(f"{section.url}compare/", {"p": ids})

    assert (listing.status_code, listing.content) == (200, b"")
    assert (compare.status_code, compare.content) == (200, b"")


def test_listing_filters_by_service_channel_and_level_named_in_the_readers_language(client, section):
    PracticeFactory(title="Bus layanan keliling", channel="mobile_unit", level="national")
    PracticeFactory(title="Layanan di kereta", channel="rail", level="national")
    PracticeFactory(title="MPP Banyuwangi", channel="one_stop_centre", level="local")
    rebuild()

    response = client.get(section.url + "?channel=mobile_unit&channel=rail")

    outcome = response.context["outcome"]
    options = {facet.name: {o.value: (o.label, o.count) for o in facet.options} for facet in outcome.facets}
    assert sorted(page.title for page in response.context["practices"]) == [
        "Bus layanan keliling",
        "Layanan di kereta",
    ]
    # A facet's own counts ignore its own selection; the others count what is selected.
    assert options["channel"] == {
        "mobile_unit": ("Unit layanan keliling", 1),
        "rail": ("Layanan di kereta", 1),
        "one_stop_centre": ("Pusat layanan satu atap", 1),
    }
    assert options["level"] == {"national": ("Pemerintah pusat", 2)}
