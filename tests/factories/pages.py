"""The core's page factories and helpers; a page lands under its Indonesian section unless given `parent=`.

Each app keeps its own factories in `tests/factories/<app label>.py` (programmes.py for the
programme's pages); `home_page`, `section_page` and `translate` here serve them all.
"""

import factory
import wagtail_factories

from wagtail.models import Locale, Page

from cms.models import HomePage, StandardPage
from practices.models import PracticeIndexPage
from workshops.models import TrainingIndexPage


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
