"""Public taxonomy pages: lists with filters, details, the untranslated fallback, and their query counts."""

import pytest

from cms.models import MPPStatus, RegionKind
from tests.factories import (
    CountryFactory,
    InstitutionFactory,
    PersonFactory,
    PillarFactory,
    ProvinceFactory,
    RegionFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def names(response):
    return [item.name for item in response.context["items"]]


def test_region_list_shows_regions_of_current_language_by_name(client):
    bali = ProvinceFactory(name="Bali")
    RegionFactory(name="Kota Denpasar", parent=bali)
    badung = RegionFactory(name="Kabupaten Badung", parent=bali)
    translate(badung, "en", name="Badung Regency")

    indonesian = client.get("/id/regions/")
    english = client.get("/en/regions/")

    assert names(indonesian) == ["Bali", "Kabupaten Badung", "Kota Denpasar"]
    assert names(english) == ["Badung Regency"]


def test_region_list_filters_by_mpp_status_and_kind(client):
    RegionFactory(name="Kota Padang", mpp_status=MPPStatus.PLANNED)
    RegionFactory(name="Kabupaten Belu", kind=RegionKind.REGENCY, mpp_status=MPPStatus.PLANNED)
    RegionFactory(name="Kota Batam", mpp_status=MPPStatus.UNDER_CONSTRUCTION)

    response = client.get("/id/regions/", {"mpp_status": "planned", "kind": "city"})

    assert names(response) == ["Kota Padang"]
    assert (response.context["selected_status"], response.context["selected_kind"]) == ("planned", "city")
    assert response.context["query_string"] == "mpp_status=planned&kind=city"


def test_region_list_ignores_unknown_filter_values(client):
    RegionFactory(name="Kota Padang")

    response = client.get("/id/regions/", {"mpp_status": "<script>alert(1)</script>", "kind": "planet"})

    assert response.status_code == 200
    assert names(response) == ["Kota Padang"]
    assert b"<script>alert(1)</script>" not in response.content
    assert "Sebagian filter tidak dikenali dan diabaikan." in response.content.decode()


def test_region_list_known_filters_show_no_notice(client):
    RegionFactory(name="Kota Padang")

    response = client.get("/en/regions/", {"mpp_status": "operating"})

    assert "Some filters were not understood" not in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "10**9", "1000000000", "-1", "0", "%ff", ""])
def test_region_list_malformed_page_shows_a_page_of_results(client, page):
    RegionFactory(name="Kota Padang")

    response = client.get(f"/id/regions/?page={page}")

    assert response.status_code == 200
    assert names(response) == ["Kota Padang"]


def test_region_list_paginates_fifty_per_page(client):
    RegionFactory.create_batch(51)

    first = client.get("/id/regions/")
    second = client.get("/id/regions/", {"page": "2"})

    assert (len(first.context["items"]), len(second.context["items"])) == (50, 1)


def test_region_detail_shows_province_children_and_institutions(client):
    bali = ProvinceFactory(name="Bali")
    RegionFactory(name="Kota Denpasar", parent=bali, mpp_status=MPPStatus.UNDER_CONSTRUCTION)
    InstitutionFactory(name="DPMPTSP Provinsi Bali", region=bali)

    response = client.get(f"/id/regions/{bali.slug}/")

    assert response.status_code == 200
    assert [child.name for child in response.context["children"]] == ["Kota Denpasar"]
    assert [item.name for item in response.context["institutions"]] == ["DPMPTSP Provinsi Bali"]
    assert response.context["untranslated"] is False


def test_region_detail_untranslated_falls_back_to_indonesian_with_notice(client):
    belu = RegionFactory(name="Kabupaten Belu")

    response = client.get(f"/az/regions/{belu.slug}/")

    assert response.status_code == 200
    assert (response.context["item"], response.context["untranslated"]) == (belu, True)
    assert (
        "Bu element hələ sizin dilinizə tərcümə olunmayıb; o, orijinal dildə göstərilir."
        in response.content.decode()
    )


def test_region_detail_translated_shows_translation_without_notice(client):
    belu = RegionFactory(name="Kabupaten Belu")
    english = translate(belu, "en", name="Belu Regency")

    response = client.get(f"/en/regions/{belu.slug}/")

    assert (response.context["item"], response.context["untranslated"]) == (english, False)


@pytest.mark.parametrize(
    "path",
    ["regions", "institutions", "people", "countries", "pillars", "life-journey"],
)
def test_taxonomy_detail_unknown_slug_is_404(client, path):
    response = client.get(f"/en/{path}/no-such-item/")

    assert response.status_code == 404


def test_taxonomy_detail_slug_with_unicode_is_404(client):
    response = client.get("/id/regions/%C3%A9%C3%A9/")

    assert response.status_code == 404


def test_person_detail_never_shows_email_or_phone(client):
    person = PersonFactory(
        name="Noviana Andrina", role="Asisten Deputi", email="private@example.org", phone="+62 21 555 0199"
    )

    response = client.get(f"/id/people/{person.slug}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert ("private@example.org" in content, "555 0199" in content) == (False, False)
    assert "Asisten Deputi" in content


def test_institution_detail_lists_its_people(client):
    institution = InstitutionFactory(name="KemenPANRB")
    PersonFactory(name="Diah Natalisa", institution=institution)
    PersonFactory(name="Asman Abnur", institution=institution)

    response = client.get(f"/id/institutions/{institution.slug}/")

    assert [person.name for person in response.context["people"]] == ["Asman Abnur", "Diah Natalisa"]


def test_country_detail_lists_its_institutions(client):
    indonesia = CountryFactory(name="Indonesia")
    InstitutionFactory(name="KemenPANRB", country=indonesia)

    response = client.get(f"/id/countries/{indonesia.slug}/")

    assert [item.name for item in response.context["institutions"]] == ["KemenPANRB"]


def test_pillar_list_in_number_order(client):
    PillarFactory(number=2, name="Integrasi layanan")
    PillarFactory(number=1, name="Pelibatan warga")

    response = client.get("/id/pillars/")

    assert names(response) == ["Pelibatan warga", "Integrasi layanan"]


# Query counts: the same number of queries for one item as for three. A first request
# fills the per-process caches (content types, Wagtail's site root paths), so what is
# counted is the steady state a visitor meets.


def warm_up(client, url):
    client.get(url)


def make_regions(count):
    province = ProvinceFactory()
    for _ in range(count - 1):
        RegionFactory(parent=province, country=province.country)
    return province


LISTINGS = {
    "/id/regions/": (make_regions, 2),
    "/id/institutions/": (lambda count: InstitutionFactory.create_batch(count), 2),
    "/id/people/": (lambda count: PersonFactory.create_batch(count), 2),
    "/id/pillars/": (lambda count: PillarFactory.create_batch(count), 2),
}


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("url", list(LISTINGS))
def test_taxonomy_list_query_count(client, django_assert_num_queries, url, count):
    make, queries = LISTINGS[url]
    make(count)
    warm_up(client, url)

    with django_assert_num_queries(queries):
        response = client.get(url)

    assert len(response.context["items"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_region_detail_query_count(client, django_assert_num_queries, count):
    province = make_regions(count)
    InstitutionFactory.create_batch(count, region=province, country=province.country)
    warm_up(client, f"/id/regions/{province.slug}/")

    # The region, its children, its institutions, and one per app panel (practices: adoptions).
    with django_assert_num_queries(5):
        response = client.get(f"/id/regions/{province.slug}/")

    assert len(response.context["institutions"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_institution_detail_query_count(client, django_assert_num_queries, count):
    institution = InstitutionFactory()
    PersonFactory.create_batch(count, institution=institution)
    warm_up(client, f"/id/institutions/{institution.slug}/")

    with django_assert_num_queries(3):
        response = client.get(f"/id/institutions/{institution.slug}/")

    assert len(response.context["people"]) == count
