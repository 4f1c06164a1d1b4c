"""The anonymous page cache: hits for readers, never stale after a change, never shared when personal."""

import pytest

from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

from wagtail.models import PageViewRestriction, Site

from cms.cache import PageCacheMiddleware, content_changed, content_version
from cms.middleware import PublicContentSecurityPolicyMiddleware
from cms.models import ProgrammeSettings, Region, StandardPage


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    caches["default"].clear()  # the "asked once" marks of URLs with a query string
    yield cache
    cache.clear()


@pytest.fixture
def about(home_pages):
    # The footer's settings row is created on the first page view: a content change of its own.
    ProgrammeSettings.for_site(Site.objects.get(is_default_site=True))
    page = StandardPage(title="About the cooperation", slug="about", summary="KemenPANRB and ASAN Xidmat.")
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def region(locales, home_pages):
    from cms.models import Country

    indonesia = Country.objects.create(locale=locales["en"], name="Indonesia", code="ID")
    return Region.objects.create(
        locale=locales["en"], name="Banyuwangi", kind="regency", country=indonesia, mpp_status="operating"
    )


def test_page_cache_serves_second_anonymous_visit_without_queries(
    page_cache, about, client, django_assert_num_queries
):
    first = client.get(about.url)

    with django_assert_num_queries(0):
        second = client.get(about.url)

    assert (first["X-Page-Cache"], second["X-Page-Cache"], second.content) == ("miss", "hit", first.content)


def test_page_cache_shows_a_published_edit_at_once(page_cache, about, client):
    client.get(about.url)

    about.title = "About the 2024 action plan"
    about.save_revision().publish()
    response = client.get(about.url)

    assert (response["X-Page-Cache"], b"About the 2024 action plan" in response.content) == ("miss", True)


def test_page_cache_forgets_an_unpublished_page_at_once(page_cache, about, client):
    client.get(about.url)

    about.unpublish()
    response = client.get(about.url)

    assert response.status_code == 404


def test_page_cache_forgets_a_deleted_page_at_once(page_cache, about, client):
    url = about.url
    client.get(url)

    about.delete()
    response = client.get(url)

    assert response.status_code == 404


def test_page_cache_follows_a_moved_page_at_once(page_cache, about, home_pages, client):
    section = home_pages["en"].get_children().get(slug="programme")
    old_url = about.url
    client.get(old_url)

    about.move(section, pos="last-child")
    response = client.get(old_url)

    # Moving a page leaves a redirect from its old address (wagtail.contrib.redirects).
    assert (response.status_code, response["Location"]) == (301, "/en/programme/about/")


def test_page_cache_shows_a_renamed_snippet_at_once(page_cache, region, client):
    client.get("/en/regions/")

    region.name = "Banyuwangi Regency"
    region.save()
    response = client.get("/en/regions/")

    assert (response["X-Page-Cache"], b"Banyuwangi Regency" in response.content) == ("miss", True)


def test_page_cache_forgets_a_deleted_snippet_at_once(page_cache, region, client):
    client.get(region.get_url())

    region.delete()
    response = client.get(region.get_url())

    assert response.status_code == 404


def test_page_cache_content_version_changes_on_any_content_save(page_cache, region):
    before = content_version()

    region.save()

    assert content_version() != before


def test_page_cache_content_version_changes_on_a_search_index_rebuild(page_cache, db):
    from search.indexing import rebuild

    before = content_version()

    rebuild(progress_enabled=False)

    assert content_version() != before


def test_page_cache_never_stores_a_page_for_a_logged_in_reader(page_cache, about, client, admin_user):
    client.force_login(admin_user)
    personal = client.get(about.url)
    client.logout()

    anonymous = client.get(about.url)

    assert (personal["Cache-Control"], personal.has_header("X-Page-Cache"), anonymous["X-Page-Cache"]) == (
        "private",
        False,
        "miss",
    )


def test_page_cache_never_shows_the_editor_userbar_or_draft_to_the_public(
    page_cache, about, client, admin_user
):
    about.title = "Draft title nobody should see"
    about.save_revision()
    client.force_login(admin_user)
    editor = client.get(about.url)
    client.logout()

    public = client.get(about.url)

    assert (b"wagtail-userbar" in editor.content, b"wagtail-userbar" in public.content) == (True, False)
    assert b"Draft title nobody should see" not in public.content


def test_page_cache_never_serves_a_login_restricted_page_to_another_reader(
    page_cache, about, client, admin_user
):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(admin_user)
    member = client.get(about.url)
    client.logout()

    anonymous = client.get(about.url)

    directives = {directive.strip() for directive in member["Cache-Control"].split(",")}

    assert (member.status_code, "private" in directives, anonymous.status_code) == (200, True, 302)


def test_page_cache_never_stores_a_password_form_or_its_page(page_cache, about, client):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="asan2017"
    )
    form = client.get(about.url)

    again = client.get(about.url)

    assert (
        form.has_header("X-Page-Cache"),
        again.has_header("X-Page-Cache"),
        # The page's own words (the site's footer names KemenPANRB on every page).
        b"KemenPANRB and ASAN Xidmat." in again.content or b"About the cooperation" in again.content,
    ) == (
        False,
        False,
        False,
    )


def test_page_cache_skips_a_request_with_a_session_cookie(page_cache, about, client, settings):
    client.get(about.url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "someone"

    response = client.get(about.url)

    assert response.has_header("X-Page-Cache") is False


def test_page_cache_never_stores_a_not_found_page(page_cache, client, home_pages):
    client.get("/en/no-such-page/")

    response = client.get("/en/no-such-page/")

    assert (response.status_code, response.has_header("X-Page-Cache")) == (404, False)


def test_page_cache_is_off_when_its_lifetime_is_zero(settings, about, client):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(about.url)

    response = client.get(about.url)

    assert response.has_header("X-Page-Cache") is False


def _site(view):
    """The cache above the CSP middleware, as in settings.MIDDLEWARE."""
    return PageCacheMiddleware(PublicContentSecurityPolicyMiddleware(view))


def _get(path):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_page_cache_never_replays_a_csp_nonce(page_cache, db):
    def page_with_inline_script(request):
        return HttpResponse(f'<script nonce="{request._csp_nonce}">1</script>', content_type="text/html")

    site = _site(page_with_inline_script)

    first = site(_get("/en/with-script/"))
    second = site(_get("/en/with-script/"))

    assert (first.has_header("X-Page-Cache"), second.has_header("X-Page-Cache")) == (False, False)
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_page_cache_keeps_the_csp_of_a_page_without_nonce(page_cache, db):
    def plain_page(request):
        return HttpResponse("<p>MPP</p>", content_type="text/html")

    site = _site(plain_page)

    first = site(_get("/en/plain/"))
    second = site(_get("/en/plain/"))

    assert (second["X-Page-Cache"], second["Content-Security-Policy"]) == (
        "hit",
        first["Content-Security-Policy"],
    )


def test_page_cache_never_stores_a_response_that_sets_a_cookie(page_cache, db):
    def page_with_cookie(request):
        response = HttpResponse("<p>MPP</p>", content_type="text/html")
        response.set_cookie("seen", "1")
        return response

    site = _site(page_with_cookie)

    site(_get("/en/cookie/"))
    second = site(_get("/en/cookie/"))

    assert second.has_header("X-Page-Cache") is False


@pytest.mark.parametrize("header", ["no-store", "private, max-age=0", "no-cache", "max-age=0, no-store"])
def test_page_cache_never_stores_a_response_marked_no_store_or_private(page_cache, db, header):
    def outage_notice(request):
        response = HttpResponse("<p>Search answers from the database for now.</p>", content_type="text/html")
        response["Cache-Control"] = header
        return response

    site = _site(outage_notice)

    site(_get("/en/search/"))
    second = site(_get("/en/search/"))

    assert (second.has_header("X-Page-Cache"), len(page_cache._cache)) == (False, 1)  # the version only


def test_page_cache_stores_a_query_string_from_its_second_request(page_cache, about, client):
    url = f"{about.url}?page=2"

    answers = [client.get(url)["X-Page-Cache"] for _ in range(3)]

    assert answers == ["first", "miss", "hit"]


def test_page_cache_random_query_strings_never_evict_pages(page_cache, about, client):
    client.get(about.url)
    stored = len(page_cache._cache)

    answers = {client.get(about.url, {"q": f"random {number}"})["X-Page-Cache"] for number in range(50)}

    assert (answers, len(page_cache._cache), client.get(about.url)["X-Page-Cache"]) == (
        {"first"},
        stored,
        "hit",
    )


def test_page_cache_not_found_costs_at_most_five_queries(
    page_cache, client, home_pages, django_assert_max_num_queries
):
    client.get("/en/no-such-page/")

    with django_assert_max_num_queries(5):
        response = client.get("/en/no-such-page/")

    assert response.status_code == 404


def test_models_readers_write_never_empty_the_page_cache():
    exempt = sorted(
        model._meta.label
        for model in apps.get_models()
        if getattr(model, "changes_public_pages", True) is False
    )
    before = content_version()
    for label in exempt:
        content_changed(sender=apps.get_model(label))

    assert exempt == [
        "practices.SavedCheck",
        "workshops.DeliveryKit",
        "workshops.EventFeedback",
        "workshops.Registration",
    ]
    assert content_version() == before
