"""Restricted material (collection privacy) and private modules (page privacy) never reach other readers."""

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.images.models import Rendition
from wagtail.models import PageViewRestriction

from search.indexing import rebuild
from tests.factories.modules import (
    DocumentFactory,
    ImageFactory,
    TrainingModuleMaterialFactory,
    TrainingModulePageFactory,
    restricted_collection,
)

pytestmark = pytest.mark.django_db


def module_with(*materials, title="Integrasi unit layanan"):
    page = TrainingModulePageFactory(title=title)
    for kwargs in materials:
        TrainingModuleMaterialFactory(page=page, **kwargs)
    page.save_revision().publish()
    return page


def pass_password(client, collection, password="baku2018"):
    restriction = collection.view_restrictions.get()
    client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
        {"password": password, "return_url": "/"},
    )


def test_restricted_document_not_listed_for_reader_without_access(client):
    collection = restricted_collection()
    page = module_with(
        {"document": DocumentFactory(title="Panduan umum")},
        {"document": DocumentFactory(title="Daftar peserta ToT", collection=collection)},
    )

    html = client.get(page.url).content.decode()

    assert ("Panduan umum" in html, "Daftar peserta ToT" in html) == (True, False)


def test_restricted_document_listed_for_reader_who_passed_password(client):
    collection = restricted_collection()
    page = module_with({"document": DocumentFactory(title="Daftar peserta ToT", collection=collection)})
    pass_password(client, collection)

    html = client.get(page.url).content.decode()

    assert "Daftar peserta ToT" in html


@override_settings(WAGTAILDOCS_SERVE_METHOD="serve_view")
def test_restricted_document_url_asks_for_password_and_public_one_is_served(client):
    secret = DocumentFactory(title="Daftar peserta", collection=restricted_collection())
    public = DocumentFactory(title="Panduan umum")

    denied = client.get(secret.url)
    served = client.get(public.url)

    assert (denied.status_code, denied["Content-Type"].startswith("text/html")) == (200, True)
    assert b"%PDF" not in denied.content
    assert (served.status_code, b"".join(served.streaming_content)[:5]) == (200, b"%PDF-")


@override_settings(WAGTAILDOCS_SERVE_METHOD="serve_view")
def test_restricted_document_served_after_password(client):
    collection = restricted_collection()
    secret = DocumentFactory(title="Daftar peserta", collection=collection)
    pass_password(client, collection)

    response = client.get(secret.url)

    assert (response.status_code, b"".join(response.streaming_content)[:5]) == (200, b"%PDF-")


def test_restricted_image_never_rendered_even_for_reader_with_password(client):
    collection = restricted_collection()
    secret = ImageFactory(title="Foto peserta", collection=collection)
    public = ImageFactory(title="Gedung ASAN Xidmat")
    page = module_with({"image": secret, "kind": "image"}, {"image": public, "kind": "image"})
    pass_password(client, collection)

    html = client.get(page.url).content.decode()

    rendered = set(Rendition.objects.values_list("image_id", flat=True))
    assert rendered == {public.pk}
    assert ("foto-peserta" in html, "gedung-asan-xidmat" in html, "Foto peserta" in html) == (
        False,
        True,
        True,
    )


def test_restricted_image_not_mentioned_to_anonymous_reader(client):
    secret = ImageFactory(title="Foto peserta", collection=restricted_collection())
    page = module_with({"image": secret, "kind": "image"})

    html = client.get(page.url).content.decode()

    assert ("Foto peserta" in html, Rendition.objects.count()) == (False, 0)


def test_private_module_not_in_search_nor_served_to_anonymous(client):
    page = TrainingModulePageFactory(title="Modul rahasia pengaduan")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tot"
    )
    rebuild(progress_enabled=False)

    search = client.get("/id/search/", {"q": "rahasia pengaduan"}).content.decode()
    autocomplete = client.get("/id/search/autocomplete/", {"q": "Modul rahasia"}).content.decode()
    response = client.get(page.url)

    html = response.content.decode()
    assert ("Modul rahasia" in search, "Modul rahasia" in autocomplete) == (False, False)
    assert ('type="password"' in html, "Modul rahasia" in html) == (True, False)


def test_restricted_files_not_reachable_through_media_urls(client):
    collection = restricted_collection()
    document = DocumentFactory(title="Daftar peserta", collection=collection)
    image = ImageFactory(title="Foto peserta", collection=collection)
    module_with({"document": document}, {"image": image, "kind": "image"})

    statuses = [client.get(f"/media/{name}").status_code for name in (document.file.name, image.file.name)]

    assert statuses == [404, 404]


def test_public_collection_material_of_a_password_module_asks_for_the_modules_password(client):
    handout = DocumentFactory(title="Lembar kerja peserta")
    page = module_with({"document": handout})
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tot2018"
    )

    denied = client.get(handout.url)
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "tot2018", "return_url": handout.url},
    )
    served = client.get(handout.url)

    assert (denied.status_code, 'type="password"' in denied.content.decode()) == (200, True)
    assert b"%PDF" not in denied.content and "Lembar kerja peserta" not in denied.content.decode()
    assert (served.status_code, b"".join(served.streaming_content)[:5]) == (200, b"%PDF-")


def test_material_of_a_login_module_sends_to_sign_in_unless_a_public_module_uses_it(client):
    handout = DocumentFactory(title="Lembar kerja peserta")
    private = module_with({"document": handout})
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    denied = client.get(handout.url)
    module_with({"document": handout}, title="Standar pelayanan")  # now a public module's material too
    served = client.get(handout.url)

    assert (denied.status_code, "/_util/login/" in denied["Location"]) == (302, True)
    assert served.status_code == 200
