"""Uploads through the admin: documents checked by content and size, image bombs refused, nothing stored."""

import io
import os
import zipfile

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from tests.factories import TRAINERS, UserFactory
from tests.factories.modules import MINIMAL_PDF
from workshops.training import uploads

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


def office_file(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def trainer_reading_english():
    user = UserFactory(role=TRAINERS)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    return user


def upload_document(client, name, content):
    client.force_login(trainer_reading_english())
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Bahan ajar",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def form_errors(response):
    return [str(error) for error in response.context["form"].errors.get("file", [])]


def test_upload_real_pdf_is_stored(client):
    response = upload_document(client, "slide.pdf", MINIMAL_PDF)

    assert response.status_code == 302
    assert Document.objects.get().file.read().startswith(b"%PDF-")


def test_upload_real_docx_is_stored(client):
    docx = office_file({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})

    response = upload_document(client, "handout.docx", docx)

    assert (response.status_code, Document.objects.count()) == (302, 1)


def test_upload_program_renamed_pdf_is_refused_and_nothing_stored(client):
    response = upload_document(client, "penyamaran.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100)

    assert response.status_code == 200
    assert form_errors(response) == [
        "penyamaran.pdf is not a real PDF file: its content does not match its name."
    ]
    assert Document.objects.count() == 0
    assert not os.path.exists(os.path.join(settings.MEDIA_ROOT, "documents", "penyamaran.pdf"))


def test_upload_zip_without_word_parts_named_docx_is_refused(client):
    response = upload_document(client, "handout.docx", office_file({"readme.txt": "halo"}))

    assert form_errors(response) == [
        "handout.docx is not a real DOCX file: its content does not match its name."
    ]


def test_upload_zip_bomb_is_refused(client, monkeypatch):
    monkeypatch.setattr(uploads, "DOCUMENT_MAX_EXPANDED_BYTES", 1024 * 1024)
    bomb = office_file({"[Content_Types].xml": "<Types/>", "word/document.xml": "0" * (2 * 1024 * 1024)})

    response = upload_document(client, "handout.docx", bomb)

    assert form_errors(response) == [
        "handout.docx would expand to more than 1.0\xa0MB; upload it in smaller parts."
    ]
    assert Document.objects.count() == 0


def test_upload_larger_than_limit_is_refused(client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100

    response = upload_document(client, "slide.pdf", MINIMAL_PDF)

    assert form_errors(response) == [
        f"This file is too big ({len(MINIMAL_PDF)}\xa0bytes). Maximum filesize 100\xa0bytes."
    ]
    assert Document.objects.count() == 0


def test_upload_binary_named_txt_is_refused(client):
    response = upload_document(client, "catatan.txt", b"\x00\x01\x02binary")

    assert form_errors(response) == [
        "catatan.txt is not a real TXT file: its content does not match its name."
    ]


def test_upload_name_with_parent_folders_stays_inside_media_root(client):
    response = upload_document(client, "../../../etc/jahat.pdf", MINIMAL_PDF)

    stored = os.path.realpath(Document.objects.get().file.path)
    assert response.status_code == 302
    assert stored.startswith(os.path.realpath(settings.MEDIA_ROOT) + os.sep)


def test_upload_image_bomb_is_refused_and_nothing_stored(client):
    buffer = io.BytesIO()
    PILImage.new("1", (8000, 8000)).save(buffer, format="PNG")  # 64 megapixels in a few KB
    client.force_login(trainer_reading_english())

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Bom",
            "file": SimpleUploadedFile("bom.png", buffer.getvalue(), content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )

    errors = [str(error) for error in response.context["form"].errors["file"]]
    assert len(buffer.getvalue()) < 50_000
    assert errors == ["This file has too many pixels (64000000). Maximum pixels 40000000."]
    assert Image.objects.count() == 0


def media_files():
    """Every file under MEDIA_ROOT (relative paths)."""
    root = settings.MEDIA_ROOT
    return {
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _dirs, names in os.walk(root)
        for name in names
    }


def image_bomb():
    buffer = io.BytesIO()
    PILImage.new("1", (8000, 8000)).save(buffer, format="PNG")  # 64 megapixels in a few KB
    return buffer.getvalue()


def upload_through_multiple_uploader(client, view, upload):
    """POST one file as the admin's "Add documents/images" page does; (JSON answer, files added)."""
    client.force_login(trainer_reading_english())
    before = media_files()
    response = client.post(
        reverse(view), {"files[]": upload, "collection": Collection.get_first_root_node().pk}
    )
    return response.json(), media_files() - before


def test_multiple_upload_of_program_renamed_pdf_is_refused_and_nothing_stored(client):
    upload = SimpleUploadedFile("penyamaran.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100)

    answer, added = upload_through_multiple_uploader(client, "wagtaildocs:add_multiple", upload)

    assert answer == {
        "success": False,
        "error_message": "penyamaran.pdf is not a real PDF file: its content does not match its name.",
    }
    assert (Document.objects.count(), added) == (0, set())


def test_multiple_upload_of_image_bomb_is_refused_and_nothing_stored(client):
    upload = SimpleUploadedFile("bom.png", image_bomb(), content_type="image/png")

    answer, added = upload_through_multiple_uploader(client, "wagtailimages:add_multiple", upload)

    assert answer == {
        "success": False,
        "error_message": "This file has too many pixels (64000000). Maximum pixels 40000000.",
    }
    assert (Image.objects.count(), added) == (0, set())


def test_image_with_wrong_content_is_refused_and_nothing_stored(client):
    client.force_login(trainer_reading_english())
    before = media_files()

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Bukan gambar",
            "file": SimpleUploadedFile("foto.png", b"MZ\x90\x00" + b"\x00" * 200, content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )

    assert response.status_code == 200
    assert "Upload a valid image." in response.content.decode()
    assert (Image.objects.count(), media_files() - before) == (0, set())


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/jahat.pdf",
        "/etc/jahat.pdf",
        "..\\..\\windows\\jahat.pdf",
        "%2e%2e%2fjahat.pdf",
        "jahat\x00.pdf",
        "a" * 300 + ".pdf",
        "..pdf",
    ],
)
def test_upload_with_any_name_is_stored_inside_media_root_or_refused_clearly(client, name):
    root = os.path.realpath(settings.MEDIA_ROOT) + os.sep

    response = upload_document(client, name, MINIMAL_PDF)

    stored = [os.path.realpath(document.file.path) for document in Document.objects.all()]
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert form_errors(response) != []
    assert [path.startswith(root) for path in stored] == [True] * len(stored)
    assert len(stored) == (1 if response.status_code == 302 else 0)
