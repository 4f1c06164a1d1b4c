"""The production path's pieces: health check, media privacy, documents, tasks and the Redis cache."""

import json
import time

import pytest

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.tasks import task_backends

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from cms import serving
from tests.cms.test_settings import PRODUCTION_ENV, run_manage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_cached_renditions():
    """Wagtail keeps renditions in the default cache; ids of rolled-back tests come back."""
    caches["default"].clear()


def test_health_reports_database_cache_and_search(client):
    response = client.get("/health/")

    body = json.loads(response.content)
    assert (response.status_code, body["status"], sorted(body["checks"])) == (
        200,
        "ok",
        ["cache", "database", "search"],
    )
    assert [body["checks"][name]["ok"] for name in ("database", "cache", "search")] == [True, True, True]
    assert (body["checks"]["search"]["engine"], response["Cache-Control"].startswith("max-age=0")) == (
        "database",
        True,
    )


def test_health_answers_503_in_time_when_a_check_hangs(client, settings, monkeypatch):
    settings.HEALTH_CHECK_TIMEOUT = 0.3

    def hanging(timeout):
        time.sleep(3)
        return {}

    monkeypatch.setitem(serving.CHECKS, "search", hanging)
    started = time.monotonic()
    response = client.get("/health/")
    elapsed = time.monotonic() - started

    body = json.loads(response.content)
    assert (response.status_code, body["status"], body["checks"]["search"]["error"]) == (
        503,
        "failing",
        "no answer within 0.3 s",
    )
    assert (body["checks"]["database"]["ok"], elapsed < 1.5) == (True, True)


def test_health_answers_503_when_the_cache_fails(client, monkeypatch):
    def broken(timeout):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setitem(serving.CHECKS, "cache", broken)

    response = client.get("/health/")

    assert (response.status_code, json.loads(response.content)["checks"]["cache"]["error"]) == (
        503,
        "ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.",
    )


def test_health_answers_head(client):
    assert client.head("/health/").status_code == 200


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Registrants' photos")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def image_in(collection, title):
    return get_image_model().objects.create(title=title, file=get_test_image_file(), collection=collection)


def test_media_serves_a_rendition_of_a_public_image(client):
    rendition = image_in(Collection.get_first_root_node(), "MPP Banyuwangi").get_rendition("width-360")

    response = client.get(rendition.url)

    assert (response.status_code, response["Cache-Control"]) == (200, "public, max-age=2592000")
    assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"


def test_media_never_serves_a_rendition_of_a_private_image(client, private_collection):
    rendition = image_in(private_collection, "Registrant").get_rendition("width-360")

    assert client.get(rendition.url).status_code == 404


def test_media_serves_a_private_rendition_to_a_logged_in_editor(admin_client, private_collection):
    rendition = image_in(private_collection, "Registrant").get_rendition("width-360")

    response = admin_client.get(rendition.url)

    assert (response.status_code, response["Cache-Control"]) == (200, "private, max-age=0")


def test_media_never_serves_originals_documents_or_unknown_files(client):
    image = image_in(Collection.get_first_root_node(), "MPP Banyuwangi")
    document = get_document_model().objects.create(title="Rencana aksi")
    document.file.save("rencana-aksi.txt", ContentFile(b"2024-2025"))

    names = (image.file.name, document.file.name, "images/none.png", "images/../original_images/x.png")

    answers = [client.get(f"/media/{name}").status_code for name in names]

    assert answers == [404, 404, 404, 404]


def test_documents_are_served_through_django_with_collection_privacy(client, settings, private_collection):
    public = get_document_model().objects.create(title="Rencana aksi")
    public.file.save("rencana-aksi.txt", ContentFile(b"2024-2025"))
    private = get_document_model().objects.create(title="Daftar peserta", collection=private_collection)
    private.file.save("peserta.txt", ContentFile(b"names"))

    served = client.get(public.url)
    refused = client.get(private.url)

    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert (served.status_code, b"".join(served.streaming_content)) == (200, b"2024-2025")
    assert (refused.status_code, refused["Location"].split("?")[0]) == (302, "/id/_util/login/")


def test_background_jobs_run_at_once_in_tests():
    assert type(task_backends["default"]).__name__ == "ImmediateBackend"


def test_production_queues_jobs_in_the_database_and_shares_redis():
    script = (
        "import json; from django.conf import settings; "
        "print(json.dumps([settings.TASKS['default']['BACKEND'], "
        "[settings.CACHES[a]['BACKEND'] for a in ('default', 'pages')], "
        "[settings.CACHES[a]['KEY_PREFIX'] for a in ('default', 'pages')], settings.MIDDLEWARE[1], "
        "settings.STORAGES['staticfiles']['BACKEND']]))"
    )

    result = run_manage(
        "shell", "--no-imports", "-c", script, **PRODUCTION_ENV, CACHE_URL="redis://127.0.0.1:6379/3"
    )

    assert json.loads(result.stdout) == [
        "django_tasks_db.DatabaseBackend",
        ["django.core.cache.backends.redis.RedisCache"] * 2,
        ["jembatan", "jembatan:pages"],
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]
