"""A region's page shows what it adopted and from where (the practices app's panel on cms region pages)."""

import pytest

from django.utils import translation

from tests.factories import CountryFactory, RegionFactory, translate
from tests.factories.practices import AdaptationFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def region_page(client, region):
    return client.get(region.get_url()).content.decode()


def test_region_shows_its_adaptations_with_the_origin_practice(client):
    region = RegionFactory(name="Banyuwangi", slug="banyuwangi")
    practice = PracticeFactory(title="ASAN Xidmat", origin_country=CountryFactory(name="Azerbaijan"))
    AdaptationFactory(practice=practice, region=region, name="Pusat layanan Banyuwangi", year=2014)
    hidden = PracticeFactory(title="Draf")
    AdaptationFactory(practice=hidden, region=region, name="Rahasia")
    hidden.unpublish()

    with translation.override("en"):
        html = client.get(region.get_url("en")).content.decode()

    assert "<strong>Pusat layanan Banyuwangi</strong> (2014, Operating)" in html
    assert f'adapted from <a href="{practice.url}">ASAN Xidmat</a> (Azerbaijan)' in html
    assert "Rahasia" not in html


def test_region_in_another_language_shows_that_language_s_practice(client):
    region = RegionFactory(name="Banyuwangi", slug="banyuwangi")
    practice = PracticeFactory(title="ASAN Xidmat", slug="asan")
    AdaptationFactory(practice=practice, region=region, name="Pusat layanan Banyuwangi")
    english_region = translate(region, "en", name="Banyuwangi Regency")

    html = region_page(client, english_region)

    assert "Banyuwangi Regency" in html
    assert "Pusat layanan Banyuwangi" not in html


def test_region_without_adaptations_has_no_adoptions_section(client):
    region = RegionFactory()

    html = region_page(client, region)

    assert region.name in html
    assert 'id="adoptions-heading"' not in html


@pytest.mark.parametrize("count", [1, 3, 50])
def test_region_page_query_count_does_not_grow_with_adaptations(client, django_assert_num_queries, count):
    region = RegionFactory(name="Banyuwangi", slug="banyuwangi")
    for number in range(count):
        AdaptationFactory(practice=PracticeFactory(), region=region, name=f"Adaptasi {number}")
    client.get(region.get_url())  # fills the per-process caches: the steady state is what is counted

    with django_assert_num_queries(5):
        html = region_page(client, region)

    assert html.count("adapted from") + html.count("diadaptasi dari") == count
