"""Factories for pages; each one lands under its section's Indonesian page unless given `parent=`."""

import datetime

import factory
import wagtail_factories

from wagtail.models import Locale, Page

from cms.models import HomePage, StandardPage
from practices.models import PracticeIndexPage
from programmes.models import (
    PartnerPage,
    ProgrammeIndexPage,
    ProgrammePage,
    TimelineEvent,
    TimelinePage,
)
from workshops.models import TrainingIndexPage

from .taxonomy import CountryFactory, InstitutionFactory


def home_page(language="id"):
    """The home page of one language (built by the migrations)."""
    return HomePage.objects.get(locale__language_code=language)


def section_page(model, language="id"):
    """A section page (ProgrammeIndexPage, PracticeIndexPage, TrainingIndexPage) in one language."""
    return model.objects.get(locale__language_code=language)


class StandardPageFactory(wagtail_factories.PageFactory):
    """A plain page under the Indonesian home page."""

    title = factory.Sequence(lambda n: f"Halaman {n}")
    summary = "Ringkasan halaman."
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = StandardPage


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


class TrainingStandardPageFactory(StandardPageFactory):
    """A plain page in the training section (trainers own it)."""

    parent = factory.LazyFunction(lambda: section_page(TrainingIndexPage))


class PracticeStandardPageFactory(StandardPageFactory):
    """A plain page in the practices section."""

    parent = factory.LazyFunction(lambda: section_page(PracticeIndexPage))


def translate(obj, language, **changes):
    """The translation of a page or snippet into `language`, saved (pages: published).

    Uses Wagtail's `copy_for_translation`, as the admin's "Translate" does, so the copy
    shares the source's `translation_key` (and a snippet its slug). `changes` are set on
    the copy before saving, e.g. `translate(region, "en", name="Belu Regency")`.
    """
    locale = Locale.objects.get(language_code=language)
    if isinstance(obj, Page):
        copy = obj.copy_for_translation(locale)
        for field, value in changes.items():
            setattr(copy, field, value)
        copy.save_revision().publish()
        copy.refresh_from_db()
        return copy.specific
    copy = obj.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(copy, field, value)
    copy.save()
    return copy
