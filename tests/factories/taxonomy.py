"""Factories for the shared taxonomy snippets; every item starts in Indonesian (the default locale)."""

import factory
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from wagtail.models import Locale

from cms.models import Country, Institution, LifeJourneyStage, MPPStatus, Person, Pillar, Region, RegionKind
from cms.models.taxonomy import InstitutionKind, TimeZone


def default_locale():
    return Locale.get_default()


class TaxonomyFactory(DjangoModelFactory):
    """Shared fields: a unique name, its slug, and the default locale."""

    locale = factory.LazyFunction(default_locale)
    slug = factory.LazyAttribute(lambda item: slugify(item.name)[:100])

    class Meta:
        abstract = True


class CountryFactory(TaxonomyFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    is_partner = False

    class Meta:
        model = Country


class RegionFactory(TaxonomyFactory):
    """A city with an operating MPP, in a country of the same locale; pass `parent=` for its province."""

    name = factory.Sequence(lambda n: f"Kota Contoh {n}")
    kind = RegionKind.CITY
    country = factory.SubFactory(CountryFactory, locale=factory.SelfAttribute("..locale"))
    time_zone = TimeZone.WIB
    mpp_status = MPPStatus.OPERATING

    class Meta:
        model = Region


class ProvinceFactory(RegionFactory):
    name = factory.Sequence(lambda n: f"Provinsi Contoh {n}")
    kind = RegionKind.PROVINCE
    mpp_status = MPPStatus.NONE


class InstitutionFactory(TaxonomyFactory):
    name = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    kind = InstitutionKind.REGIONAL_OFFICE
    country = factory.SubFactory(CountryFactory, locale=factory.SelfAttribute("..locale"))

    class Meta:
        model = Institution


class PersonFactory(TaxonomyFactory):
    name = factory.Sequence(lambda n: f"Pejabat Contoh {n}")
    role = "Kepala Dinas"
    institution = factory.SubFactory(InstitutionFactory, locale=factory.SelfAttribute("..locale"))

    class Meta:
        model = Person


class PillarFactory(TaxonomyFactory):
    number = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Pilar {n + 1}")

    class Meta:
        model = Pillar


class LifeJourneyStageFactory(TaxonomyFactory):
    order = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Tahap {n + 1}")

    class Meta:
        model = LifeJourneyStage
