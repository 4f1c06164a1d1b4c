"""Delivery kits: contents, manifest, one build per version and reader kind, privacy, background builds."""

import csv
import hashlib
import io
import json
import zipfile

import pytest

from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import TRAINERS, UserFactory, section_page, translate
from tests.factories.modules import (
    DocumentFactory,
    TrainingModuleMaterialFactory,
    TrainingModulePageFactory,
    TrainingModuleSessionFactory,
    publish_version,
    restricted_collection,
)
from workshops.models import DeliveryKit, TrainingIndexPage, TrainingModuleRelease
from workshops.training import kits

pytestmark = pytest.mark.django_db


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response, zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def module_with_material(**kwargs):
    page = TrainingModulePageFactory(sessions=0, code="MPP-INT-01", **kwargs)
    TrainingModuleSessionFactory(
        page=page, title="Satu atap", minutes=60, trainer_notes="Catatan khusus pelatih"
    )
    TrainingModuleMaterialFactory(page=page, document=DocumentFactory(title="Slide integrasi"), kind="slides")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_kit_holds_guide_agenda_materials_and_manifest_with_checksums(client):
    page = module_with_material()

    response, archive = download(client, page.url + "kit/")

    names = sorted(archive.namelist())
    manifest = json.loads(archive.read("manifest.json"))
    assert response["Content-Disposition"] == 'attachment; filename="mpp-int-01-v1.0-id.zip"'
    assert names == [
        "MANIFEST.txt",
        "agenda.csv",
        "guide.html",
        "guide.pdf",
        "manifest.json",
        "materials/01-slide-integrasi.pdf",
    ]
    assert archive.read("guide.pdf").startswith(b"%PDF-")
    assert {entry["path"]: entry["sha256"] for entry in manifest["files"]} == {
        name: hashlib.sha256(archive.read(name)).hexdigest()
        for name in names
        if name not in ("manifest.json", "MANIFEST.txt")
    }
    assert {(e["version"], e["licence"]) for e in manifest["files"]} == {("1.0", "CC-BY-4.0")}
    assert (manifest["module"]["code"], manifest["module"]["language"], manifest["omitted"]) == (
        "MPP-INT-01",
        "id",
        [],
    )
    assert "materials/01-slide-integrasi.pdf" in archive.read("MANIFEST.txt").decode()
    assert {info.external_attr >> 16 for info in archive.infolist()} == {0o644}


def test_kit_guide_with_images_in_its_text_builds_without_fetching_them(client, monkeypatch):
    # The PDF reads only the site's static files: an image in the text, on this site or
    # another host, is left out of the PDF (and the kit still builds), never fetched.
    fetched = []
    monkeypatch.setattr("urllib.request.urlopen", lambda *args, **kwargs: fetched.append(args))
    page = module_with_material(
        learning_objectives=(
            '<p>Satu atap</p><p><img src="https://tracker.example/pixel.png" alt="x"></p>'
            '<p><img src="/media/original_images/rahasia.png" alt="y"></p>'
        )
    )

    response, archive = download(client, page.url + "kit/")

    assert (archive.read("guide.pdf").startswith(b"%PDF-"), fetched) == (True, [])
    assert "Satu atap" in archive.read("guide.html").decode()


def test_kit_agenda_is_timed_from_nine(client):
    page = module_with_material(parent=section_page(TrainingIndexPage, "en"))

    _response, archive = download(client, page.url + "kit/")

    rows = list(csv.reader(io.StringIO(archive.read("agenda.csv").decode("utf-8-sig"))))
    assert rows[1] == ["1", "09:00", "10:00", "60", "Satu atap", "Presentation", "Slide 1–10"]


def test_kit_is_built_once_and_served_from_storage(client):
    page = module_with_material()

    first, _archive = download(client, page.url + "kit/")
    second, _archive = download(client, page.url + "kit/")
    not_modified = client.get(page.url + "kit/", HTTP_IF_NONE_MATCH=first["ETag"])

    kit = DeliveryKit.objects.get()
    assert (first["ETag"], second["ETag"]) == (f'"{kit.sha256}"', f'"{kit.sha256}"')
    assert not_modified.status_code == 304
    assert kit.file.name.startswith("kits/") and len(kit.file.name.split("/")[1]) == 32


def test_kit_answers_head_without_body_and_refuses_post(client):
    page = module_with_material()

    head = client.head(page.url + "kit/")
    post = client.post(page.url + "kit/")

    assert (head.status_code, head["Content-Type"], head.content) == (200, "application/zip", b"")
    assert int(head["Content-Length"]) == DeliveryKit.objects.get().size
    assert post.status_code == 405


def test_kit_leaves_out_trainer_notes_for_readers_and_includes_them_for_trainers(client):
    page = module_with_material()

    _response, public = download(client, page.url + "kit/")
    client.force_login(UserFactory(role=TRAINERS))
    trainer_response, trainer = download(client, page.url + "kit/")

    assert "Catatan khusus pelatih" not in public.read("guide.html").decode()
    assert "Catatan khusus pelatih" in trainer.read("guide.html").decode()
    assert json.loads(trainer.read("manifest.json"))["trainer_notes_included"] is True
    assert trainer_response["Cache-Control"] == "private, max-age=0"
    assert DeliveryKit.objects.count() == 2


def test_kit_in_english_is_built_from_english_translation(client):
    page = module_with_material()
    english = translate(page, "en", title="Integrating service units under one roof", slug="one-roof")

    _response, archive = download(client, english.url + "kit/")

    manifest = json.loads(archive.read("manifest.json"))
    guide = archive.read("guide.html").decode()
    assert (manifest["module"]["language"], manifest["module"]["title"]) == (
        "en",
        "Integrating service units under one roof",
    )
    assert '<html lang="en">' in guide and "Facilitator guide" in guide


def test_kit_omits_restricted_material_and_manifest_says_so_without_its_title(client):
    page = module_with_material()
    secret = DocumentFactory(title="Daftar peserta ToT Baku", collection=restricted_collection())
    TrainingModuleMaterialFactory(page=page, document=secret)
    page.save_revision().publish()

    _response, archive = download(client, page.url + "kit/")

    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["omitted"] == [{"title": None, "reason": "restricted"}]
    assert [e["path"] for e in manifest["files"] if e["path"].startswith("materials/")] == [
        "materials/01-slide-integrasi.pdf"
    ]
    everything = b"".join(archive.read(name) for name in archive.namelist() if not name.endswith(".pdf"))
    assert "Daftar peserta" not in everything.decode()


def test_kit_includes_restricted_material_for_reader_who_passed_its_password(client):
    page = module_with_material()
    collection = restricted_collection(password="baku2018")
    TrainingModuleMaterialFactory(
        page=page, document=DocumentFactory(title="Daftar peserta", collection=collection)
    )
    page.save_revision().publish()
    restriction = collection.view_restrictions.get()
    client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
        {"password": "baku2018", "return_url": "/"},
    )

    response, archive = download(client, page.url + "kit/")

    assert "materials/02-daftar-peserta.pdf" in archive.namelist()
    assert json.loads(archive.read("manifest.json"))["omitted"] == []
    assert response["Cache-Control"] == "private, max-age=0"


def test_kit_says_material_is_missing_when_its_document_was_deleted(client):
    page = module_with_material()
    page.materials.get().document.delete()

    _response, archive = download(client, page.url + "kit/")

    assert json.loads(archive.read("manifest.json"))["omitted"] == [{"title": None, "reason": "missing"}]


def test_kit_of_earlier_version_is_built_from_its_revision(client):
    page = publish_version(module_with_material(), "1.1", "Sesi studi kasus baru.", title="Judul baru")

    _response, archive = download(client, page.url + "kit/v1-0/")
    _response, current = download(client, page.url + "kit/")

    assert json.loads(archive.read("manifest.json"))["module"]["version"] == "1.0"
    assert json.loads(archive.read("manifest.json"))["module"]["title"] != "Judul baru"
    assert json.loads(current.read("manifest.json"))["module"]["version"] == "1.1"


def test_kit_of_unknown_version_is_not_found(client):
    page = module_with_material()

    assert client.get(page.url + "kit/v9-9/").status_code == 404


def test_kit_of_private_module_asks_for_its_password(client):
    page = module_with_material()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tot"
    )

    response = client.get(page.url + "kit/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert DeliveryKit.objects.count() == 0


def test_large_kit_builds_in_background_and_is_served_once_ready(client, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    monkeypatch.setattr(kits, "BACKGROUND_BUILD_BYTES", 0)
    page = module_with_material()

    pending = client.get(page.url + "kit/")
    kit = DeliveryKit.objects.get()
    kits.build_delivery_kit.call(kit.pk)
    ready, _archive = download(client, page.url + "kit/")

    assert (pending.status_code, pending["Retry-After"], kit.status) == (202, "30", "pending")
    assert ready["ETag"] == f'"{DeliveryKit.objects.get().sha256}"'


def test_kit_with_unreadable_material_file_is_not_a_server_error(client):
    page = module_with_material()
    document = page.materials.get().document
    document.file.storage.delete(document.file.name)

    _response, archive = download(client, page.url + "kit/")

    assert json.loads(archive.read("manifest.json"))["omitted"] == [
        {"title": "Slide integrasi", "reason": "missing"}
    ]


def test_release_resolve_names_version_and_reads_module_as_it_was():
    first = module_with_material()
    page = publish_version(first, "1.1", "Judul diperbarui.", title="Integrasi layanan v1.1")

    old = TrainingModuleRelease.resolve(page, "1.0")
    live = TrainingModuleRelease.resolve(page)

    assert (old.version, live.version) == ("1.0", "1.1")
    assert (old.as_page().title, live.as_page().title) == (first.title, "Integrasi layanan v1.1")
    assert [s.title for s in old.as_page().sessions.all()] == ["Satu atap"]
    assert TrainingModuleRelease.resolve(page, "2.0") is None


def test_large_kit_with_immediate_task_backend_is_served_at_once(client, monkeypatch):
    monkeypatch.setattr(kits, "BACKGROUND_BUILD_BYTES", 0)
    page = module_with_material()

    response, archive = download(client, page.url + "kit/")

    assert DeliveryKit.objects.get().status == "ready"
    assert "guide.pdf" in archive.namelist()


def test_kit_whose_file_left_storage_is_rebuilt(client):
    page = module_with_material()
    first, _archive = download(client, page.url + "kit/")
    kit = DeliveryKit.objects.get()
    kit.file.storage.delete(kit.file.name)

    second, archive = download(client, page.url + "kit/")

    assert DeliveryKit.objects.get().file.name != kit.file.name
    assert "guide.pdf" in archive.namelist()


def test_failed_kit_is_not_rebuilt_on_every_click(client, monkeypatch):
    page = module_with_material()
    calls = []

    def broken(*args):
        calls.append(args)
        raise ValueError("broken material")

    monkeypatch.setattr(kits, "build_archive", broken)

    first = client.get(page.url + "kit/")
    second = client.get(page.url + "kit/")

    assert (first.status_code, second.status_code, len(calls)) == (503, 503, 1)
    assert second.context["failed"] is True


def test_kit_built_before_collection_was_restricted_is_not_served_to_anonymous(client):
    page = module_with_material()
    later = Collection.get_first_root_node().add_child(name="Peserta ToT Baku")
    TrainingModuleMaterialFactory(
        page=page, document=DocumentFactory(title="Daftar peserta", collection=later)
    )
    page.save_revision().publish()
    _response, before = download(client, page.url + "kit/")
    CollectionViewRestriction.objects.create(
        collection=later, restriction_type=CollectionViewRestriction.PASSWORD, password="baku2018"
    )

    _response, after = download(client, page.url + "kit/")

    assert "materials/02-daftar-peserta.pdf" in before.namelist()
    assert [name for name in after.namelist() if name.startswith("materials/")] == [
        "materials/01-slide-integrasi.pdf"
    ]
    assert json.loads(after.read("manifest.json"))["omitted"] == [{"title": None, "reason": "restricted"}]


# Route and page 2, the release 1, its documents 1 (its images: none here), the stored kit 1;
# page and collection restrictions are cached per content version.
KIT_QUERIES = 5


@pytest.mark.parametrize("count", [1, 3, 50])
def test_kit_query_count_does_not_grow_with_materials_and_sessions(client, django_assert_num_queries, count):
    page = TrainingModulePageFactory(sessions=count, materials=count)
    client.head(page.url + "kit/")  # builds the kit and fills the per-process caches

    with django_assert_num_queries(KIT_QUERIES):
        response = client.head(page.url + "kit/")

    assert response.status_code == 200
