"""The demo's training content: the 2018 ToT, three modules in id and en with real PDFs, restricted list."""

import hashlib
import io
import json
import zipfile

import pytest

from django.core.management import call_command
from django.db import transaction

from wagtail.documents import get_document_model

from workshops.models import TrainingModulePage

CODES = ["MPP-ADU-01", "MPP-FO-01", "MPP-INT-01"]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


pytestmark = pytest.mark.django_db


def test_demo_has_three_modules_in_indonesian_and_english(demo):
    pairs = sorted(TrainingModulePage.objects.live().values_list("code", "locale__language_code"))

    assert pairs == [(code, language) for code in CODES for language in ("en", "id")]


def test_demo_handouts_are_real_pdfs_in_each_language(demo):
    documents = get_document_model().objects.filter(collection__name="Materi ToT")

    assert documents.count() == 6
    for document in documents:
        with document.file.open("rb") as handle:
            data = handle.read()
        assert (data[:5], len(data) > 1000) == (b"%PDF-", True)
        assert (document.file_size, document.file_hash) == (len(data), hashlib.sha1(data).hexdigest())


def test_demo_integration_module_changelog_has_two_versions(client, demo):
    page = TrainingModulePage.objects.get(code="MPP-INT-01", locale__language_code="en")

    response = client.get(page.url)

    assert [r.version for r in response.context["releases"]] == ["1.1", "1.0"]
    assert "Banyuwangi 2014 case study added to session 2." in response.content.decode()


def test_demo_english_kit_leaves_out_trainers_only_participants_list(client, demo):
    page = TrainingModulePage.objects.get(code="MPP-INT-01", locale__language_code="en")

    response = client.get(page.url + "kit/")

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    manifest = json.loads(archive.read("manifest.json"))
    assert [e["path"] for e in manifest["files"] if e["path"].startswith("materials/")] == [
        "materials/01-mpp-int-01-integrating-service-units-under-one-roof.pdf"
    ]
    assert manifest["omitted"] == [{"title": None, "reason": "restricted"}]
    assert "Participants of the 2018" not in client.get(page.url).content.decode()


def test_demo_load_twice_adds_no_training_page_or_document(demo):
    before = (TrainingModulePage.objects.count(), get_document_model().objects.count())

    call_command("load_demo", stdout=io.StringIO())

    assert (TrainingModulePage.objects.count(), get_document_model().objects.count()) == before
