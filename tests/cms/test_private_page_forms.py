"""A restricted page's password form and the sign-in are the site's pages, and show nothing they protect."""

import pytest

from django.urls import reverse

from wagtail.models import PageViewRestriction

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_page(home_pages):
    page = StandardPage(title="Daftar peserta ToT Baku", slug="peserta", summary="Nama dan kontak peserta.")
    home_pages["id"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_password_form_has_the_site_layout_and_hides_the_page(client, private_page):
    PageViewRestriction.objects.create(page=private_page, restriction_type="password", password="baku2018")

    response = client.get(private_page.url)

    content = response.content.decode()
    assert (response.status_code, "site-header" in content, '<meta name="viewport"' in content) == (
        200,
        True,
        True,
    )
    assert "<title>Kata sandi diperlukan · Jembatan</title>" in content
    assert "Daftar peserta ToT Baku" not in content and "Nama dan kontak peserta." not in content


def test_wrong_password_says_so_and_right_one_opens_the_page(client, private_page):
    PageViewRestriction.objects.create(page=private_page, restriction_type="password", password="baku2018")
    restriction = PageViewRestriction.objects.get(page=private_page)
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, private_page.pk])

    wrong = client.post(action, {"password": "salah", "return_url": private_page.url})
    right = client.post(action, {"password": "baku2018", "return_url": private_page.url}, follow=True)

    assert (wrong.status_code, 'aria-invalid="true"' in wrong.content.decode()) == (200, True)
    assert "Daftar peserta ToT Baku" in right.content.decode()


def test_login_restricted_page_sends_to_the_sites_sign_in(client, private_page):
    PageViewRestriction.objects.create(page=private_page, restriction_type="login")

    response = client.get(private_page.url, follow=True)

    content = response.content.decode()
    assert ("site-header" in content, "<h1>Masuk</h1>" in content) == (True, True)
    assert "Daftar peserta ToT Baku" not in content
