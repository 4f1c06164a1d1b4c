"""Factories for training modules: pages with sessions, materials and questions, and their files.

`TrainingModulePageFactory(sessions=3, materials=2, questions=1)` creates and publishes a
module (its first release) under the Indonesian training section; documents and images
are real small files (a PDF, a PNG) so kits and renditions can be built from them.
"""

import io

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from workshops.models import (
    AssessmentQuestion,
    Audience,
    Method,
    TrainingIndexPage,
    TrainingModuleMaterial,
    TrainingModulePage,
    TrainingModuleRelease,
    TrainingModuleSession,
)

from .pages import section_page

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_bytes(width=8, height=8, color=(30, 90, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


def restricted_collection(name="Peserta ToT", password="baku2018"):
    """A child collection of the root with a password view restriction (ToT participants only)."""
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=password
    )
    return collection


class DocumentFactory(DjangoModelFactory):
    """A real (tiny) PDF document in the root collection unless given `collection=`."""

    title = factory.Sequence(lambda n: f"Bahan ajar {n}")
    file = factory.LazyAttribute(
        lambda doc: ContentFile(MINIMAL_PDF, name=f"{doc.title.lower().replace(' ', '-')}.pdf")
    )
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_document_model()


class ImageFactory(DjangoModelFactory):
    """A real 8×8 PNG image in the root collection unless given `collection=`."""

    title = factory.Sequence(lambda n: f"Foto {n}")
    file = factory.LazyAttribute(lambda image: ContentFile(png_bytes(), name=f"{slugify(image.title)}.png"))
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_image_model()


class TrainingModuleSessionFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Sesi {n}")
    minutes = 45
    method = Method.PRESENTATION
    materials_used = "Slide 1–10"
    trainer_notes = factory.Sequence(lambda n: f"Catatan pelatih rahasia {n}")

    class Meta:
        model = TrainingModuleSession


class AssessmentQuestionFactory(DjangoModelFactory):
    question = factory.Sequence(lambda n: f"Pertanyaan {n}?")
    answer = factory.Sequence(lambda n: f"Jawaban rahasia {n}")

    class Meta:
        model = AssessmentQuestion


class TrainingModuleMaterialFactory(DjangoModelFactory):
    """A handout (a new PDF document) unless given `image=` or `document=`."""

    title = ""
    kind = "handout"
    image = None
    document = factory.Maybe(
        "image", yes_declaration=None, no_declaration=factory.SubFactory(DocumentFactory)
    )

    class Meta:
        model = TrainingModuleMaterial


class TrainingModuleReleaseFactory(DjangoModelFactory):
    """An earlier release of a module (version 0.n), recorded without re-publishing the page."""

    version = factory.Sequence(lambda n: f"0.{n + 1}")
    change_note = factory.Sequence(lambda n: f"Perubahan {n + 1}")
    revision = factory.LazyAttribute(lambda release: release.page.live_revision)

    class Meta:
        model = TrainingModuleRelease


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    """A published module; `sessions`, `materials`, `questions` give how many children to add.

    Children are added before the first publish, so the first release (version 1.0)
    and its revision hold them.
    """

    title = factory.Sequence(lambda n: f"Modul Pelatihan {n}")
    summary = "Ringkasan modul pelatihan."
    code = factory.Sequence(lambda n: f"MPP-INT-{n + 1:02d}")
    version = "1.0"
    change_note = "Versi pertama."
    learning_objectives = "<ol><li>Memahami integrasi layanan.</li></ol>"
    audience = Audience.SERVICE_MANAGERS
    parent = factory.LazyFunction(lambda: section_page(TrainingIndexPage))

    class Meta:
        model = TrainingModulePage

    @classmethod
    def _create(cls, model_class, *args, sessions=1, materials=0, questions=0, **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        for _ in range(sessions):
            TrainingModuleSessionFactory(page=page)
        for _ in range(materials):
            TrainingModuleMaterialFactory(page=page)
        for _ in range(questions):
            AssessmentQuestionFactory(page=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


def publish_version(page, version, change_note, **changes):
    """Publish a new version of a module as an editor would (a new revision), and return it."""
    page = TrainingModulePage.objects.get(pk=page.pk)
    page.version = version
    page.change_note = change_note
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
