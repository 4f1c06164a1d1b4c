"""The programme's page factories; each lands in the Indonesian programme section unless given `parent=`."""

import datetime

import factory
import wagtail_factories

from programmes.models import PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelineEvent, TimelinePage

from .pages import section_page
from .taxonomy import CountryFactory, InstitutionFactory


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kegiatan Program {n}")
    summary = "Ringkasan kegiatan program."
    date = datetime.date(2024, 7, 1)
    parent = factory.LazyFunction(lambda: section_page(ProgrammeIndexPage))

    class Meta:
        model = ProgrammePage


class PartnerPageFactory(wagtail_factories.PageFactory):
    """A partner page; its country and lead institution are created in the parent's locale."""

    title = factory.Sequence(lambda n: f"Mitra {n}")
    parent = factory.LazyFunction(lambda: section_page(ProgrammeIndexPage))
    country = factory.SubFactory(CountryFactory, is_partner=True)
    lead_institution = factory.SubFactory(InstitutionFactory, country=factory.SelfAttribute("..country"))

    class Meta:
        model = PartnerPage


class TimelinePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Linimasa {n}")
    parent = factory.LazyFunction(lambda: section_page(ProgrammeIndexPage))

    class Meta:
        model = TimelinePage


class TimelineEventFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(TimelinePageFactory)
    date = factory.Sequence(lambda n: datetime.date(2014, 1, 1) + datetime.timedelta(days=30 * n))
    title = factory.Sequence(lambda n: f"Peristiwa {n}")

    class Meta:
        model = TimelineEvent
