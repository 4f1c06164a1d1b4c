"""Every public page type stays within 12 queries, whatever the amount of content.

Each page is built with 1, 3 and 50 items (related items, children, events, blocks...),
requested once to fill the content-version cache (cms.cache), then counted: the count must
not exceed 12 and must be the same for 1, 3 and 50 items. A separate test holds the first
request after a publish (nothing cached yet) to a budget of its own.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from cms.cache import bump_content_version
from programmes.models import ProgrammeIndexPage
from tests.factories import (
    CountryFactory,
    InstitutionFactory,
    PartnerPageFactory,
    PersonFactory,
    PillarFactory,
    ProgrammePageFactory,
    ProvinceFactory,
    RegionFactory,
    StandardPageFactory,
    TimelineEventFactory,
    TimelinePageFactory,
    home_page,
    section_page,
    translate,
)

pytestmark = pytest.mark.django_db

BUDGET = 12
SIZES = [1, 3, 50]


def story(count):
    """A programme story with `count` pillars, countries and tags, translated into English."""
    page = ProgrammePageFactory(title="Simposium 2025", slug="simposium-2025")
    page.pillars.set(PillarFactory.create_batch(count))
    page.countries.set(CountryFactory.create_batch(count))
    page.tags.add(*[f"tag-{n}" for n in range(count)])
    page.save_revision().publish()
    translate(page, "en", slug="symposium-2025")
    return page.url


def standard_page(count):
    """A standard page with `count` heading and call-to-action blocks linking to pages."""
    target = StandardPageFactory(title="Tujuan")
    body = []
    for n in range(count):
        body.append(("heading", {"text": f"Bagian {n}", "level": "h2"}))
        body.append(("call_to_action", {"text": f"Baca {n}", "page": target, "external_url": ""}))
    page = StandardPageFactory(title="Tentang", slug="tentang", body=body)
    return page.url


def home(count):
    RegionFactory.create_batch(count)
    PersonFactory.create_batch(count)
    StandardPageFactory.create_batch(count, parent=home_page("id"))
    return "/id/"


def section(count):
    ProgrammePageFactory.create_batch(count)
    return section_page(ProgrammeIndexPage).url


def timeline(count):
    page = TimelinePageFactory(title="Linimasa")
    people = PersonFactory.create_batch(2)
    for _ in range(count):
        event = TimelineEventFactory(page=page, country=CountryFactory())
        event.people.set(people)
    return page.url


def partner(count):
    page = PartnerPageFactory(title="Azerbaijan")
    PartnerPageFactory.create_batch(count - 1)
    return page.url


def regions(count):
    province = ProvinceFactory()
    for _ in range(count):
        RegionFactory(parent=province, country=province.country)
    return "/id/regions/"


def region(count):
    province = ProvinceFactory()
    for _ in range(count):
        RegionFactory(parent=province, country=province.country)
    InstitutionFactory.create_batch(count, region=province, country=province.country)
    return f"/id/regions/{province.slug}/"


def institution(count):
    item = InstitutionFactory()
    PersonFactory.create_batch(count, institution=item)
    return f"/id/institutions/{item.slug}/"


def people(count):
    PersonFactory.create_batch(count)
    return "/id/people/"


def missing(count):
    StandardPageFactory.create_batch(count, parent=home_page("id"))
    return "/id/no-such-page/at-all/"


PAGES = {
    "story": story,
    "standard": standard_page,
    "home": home,
    "section": section,
    "timeline": timeline,
    "partner": partner,
    "region-list": regions,
    "region": region,
    "institution": institution,
    "people": people,
    "not-found": missing,
}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 404)
    return len(queries)


@pytest.mark.parametrize("kind", list(PAGES))
def test_public_page_queries_stay_within_budget_whatever_the_content(client, django_db_blocker, kind):
    counts = []
    for size in SIZES:
        with django_db_blocker.unblock():
            from django.db import transaction

            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                url = PAGES[kind](size)
                client.get(url)  # fills the content-version cache: the steady state is counted
                counts.append(count_queries(client, url))
            finally:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                bump_content_version()

    assert max(counts) <= BUDGET and counts == [counts[0]] * len(SIZES), counts


def test_not_found_answers_within_five_queries(client):
    url = missing(3)
    client.get(url)

    assert count_queries(client, url) <= 5


def test_first_reader_after_a_publish_stays_within_budget(client):
    url = story(3)
    client.get(url)
    bump_content_version()  # what any publish does: nothing in the structure cache is reused

    assert count_queries(client, url) <= 20


def test_view_restriction_added_after_caching_applies_at_once(client):
    url = story(1)
    assert client.get(url).status_code == 200
    page = ProgrammeIndexPage.objects.get(locale__language_code="id")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(url)
    section_menu = client.get("/id/").content.decode()
    assert (response.status_code, f'href="{page.url}"' in section_menu) == (302, False)
