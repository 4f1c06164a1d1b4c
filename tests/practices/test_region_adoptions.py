"""A region's page can show what it adopted and from where (the tag the region template includes)."""

import pytest

from django.template import Context, Template
from django.utils import translation

from tests.factories import CountryFactory, RegionFactory, translate
from tests.factories.practices import AdaptationFactory, PracticeFactory

pytestmark = pytest.mark.django_db

TAG = Template("{% load practices_tags %}{% region_adoptions region %}")


def test_region_shows_its_adaptations_with_the_origin_practice():
    region = RegionFactory(name="Banyuwangi", slug="banyuwangi")
    practice = PracticeFactory(title="ASAN Xidmat", origin_country=CountryFactory(name="Azerbaijan"))
    AdaptationFactory(practice=practice, region=region, name="Pusat layanan Banyuwangi", year=2014)
    hidden = PracticeFactory(title="Draf")
    AdaptationFactory(practice=hidden, region=region, name="Rahasia")
    hidden.unpublish()

    with translation.override("en"):
        html = TAG.render(Context({"region": region}))

    assert "<strong>Pusat layanan Banyuwangi</strong> (2014, Operating)" in html
    assert f'adapted from <a href="{practice.url}">ASAN Xidmat</a> (Azerbaijan)' in html
    assert "Rahasia" not in html


def test_region_in_another_language_shows_that_language_s_practice():
    region = RegionFactory(name="Banyuwangi", slug="banyuwangi")
    practice = PracticeFactory(title="ASAN Xidmat", slug="asan")
    AdaptationFactory(practice=practice, region=region, name="Pusat layanan Banyuwangi")
    english_region = translate(region, "en", name="Banyuwangi Regency")

    html = TAG.render(Context({"region": english_region}))

    assert html.strip() == ""


def test_region_without_adaptations_renders_nothing(django_assert_num_queries):
    region = RegionFactory()

    with django_assert_num_queries(1):
        html = TAG.render(Context({"region": region}))

    assert html.strip() == ""
