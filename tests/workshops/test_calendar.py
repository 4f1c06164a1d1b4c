"""Calendar pages: upcoming and past lists, the month view and their filters, in few queries."""

import pytest

from wagtail.models import PageViewRestriction

from cms.models.taxonomy import TimeZone
from tests.factories import CountryFactory, InstitutionFactory
from tests.factories.workshops import WorkshopPageFactory, at
from tests.workshops.measure import query_counts
from workshops.models import WorkshopKind, WorkshopPage

pytestmark = pytest.mark.django_db


def titles(response):
    return [page.title for page, _span in response.context["rows"]]


def test_list_shows_upcoming_soonest_first_and_past_latest_first(client):
    WorkshopPageFactory(title="ToT 2018", start=at(2018, 7, 4, 9))
    WorkshopPageFactory(title="Lokakarya 2099", start=at(2099, 3, 1, 9))
    WorkshopPageFactory(title="Lokakarya 2098", start=at(2098, 3, 1, 9))
    WorkshopPageFactory(title="Forum 2024", start=at(2024, 7, 1, 9))

    upcoming = client.get("/id/workshops/")
    past = client.get("/id/workshops/", {"when": "past"})

    assert titles(upcoming) == ["Lokakarya 2098", "Lokakarya 2099"]
    assert titles(past) == ["Forum 2024", "ToT 2018"]


def test_list_filters_by_kind_country_language(client):
    azerbaijan = CountryFactory(name="Azerbaijan", code="AZ")
    WorkshopPageFactory(title="ToT Baku", kind=WorkshopKind.TOT, country=azerbaijan, start=at(2099, 1, 1, 9))
    WorkshopPageFactory(title="Forum", kind=WorkshopKind.FORUM, in_azerbaijani=True, start=at(2099, 1, 2, 9))

    assert titles(client.get("/id/workshops/", {"kind": "tot"})) == ["ToT Baku"]
    assert titles(client.get("/id/workshops/", {"country": "az"})) == ["ToT Baku"]
    assert titles(client.get("/id/workshops/", {"language": "az"})) == ["Forum"]
    assert titles(client.get("/id/workshops/", {"kind": "<script>", "language": "xx", "page": "zz"})) == [
        "ToT Baku",
        "Forum",
    ]


def test_list_says_when_it_ignored_a_filter_it_did_not_understand(client):
    WorkshopPageFactory(title="ToT Baku", start=at(2099, 1, 1, 9))
    notice = "Sebagian filter tidak dikenali dan diabaikan."

    unknown = client.get("/id/workshops/", {"kind": "konferensi"})
    known = client.get("/id/workshops/", {"kind": "tot", "language": "id"})

    assert (notice in unknown.content.decode(), titles(unknown)) == (True, ["ToT Baku"])
    assert notice not in known.content.decode()


def test_list_never_shows_drafts_private_or_other_languages(client):
    WorkshopPageFactory(title="Terbit", start=at(2099, 1, 1, 9))
    WorkshopPageFactory(title="Draf", live=False, start=at(2099, 1, 1, 9))
    private = WorkshopPageFactory(title="Tertutup", start=at(2099, 1, 1, 9))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert titles(client.get("/id/workshops/")) == ["Terbit"]
    assert titles(client.get("/en/workshops/")) == []


def test_list_row_shows_both_clocks_and_reader_zone(client):
    WorkshopPageFactory(title="Forum", start=at(2099, 1, 1, 23, 30), end=at(2099, 1, 2, 1, 0))

    content = client.get("/id/workshops/", {"tz": "Asia/Jayapura"}).content.decode()

    assert (
        '<time datetime="2099-01-02T01:30+09:00">Jum 2 Jan 2099 01:30</time>–'
        '<time datetime="2099-01-02T03:00+09:00">Jum 2 Jan 03:00</time> WIT' in content
    )
    assert 'href="webcal://testserver/id/workshops/feeds/upcoming.ics"' in content


def test_month_view_places_events_on_their_local_days(client):
    WorkshopPageFactory(
        title="ToT Baku",
        time_zone=TimeZone.BAKU,
        start=at(2018, 7, 4, 9, 0, TimeZone.BAKU),
        end=at(2018, 7, 6, 17, 0, TimeZone.BAKU),
    )
    WorkshopPageFactory(title="Juni", start=at(2018, 6, 20, 9), end=at(2018, 6, 20, 12))

    response = client.get("/id/workshops/2018/7/")

    assert [
        (day.isoformat(), [page.title for page, _span in rows]) for day, rows in response.context["days"]
    ] == [
        ("2018-07-04", ["ToT Baku"]),
        ("2018-07-05", ["ToT Baku"]),
        ("2018-07-06", ["ToT Baku"]),
    ]
    assert '<time datetime="2018-07-04">Rabu, 4 Juli 2018</time>' in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/id/workshops/2018/13/", "/id/workshops/1800/1/", "/id/workshops/99999999999/1/"]
)
def test_month_view_out_of_range_is_404(client, url):
    assert client.get(url).status_code == 404


def test_calendar_pages_answer_head(client):
    assert client.head("/id/workshops/").status_code == 200
    assert client.head("/id/workshops/2024/7/").status_code == 200
    assert client.post("/id/workshops/").status_code == 405


@pytest.mark.query_count("workshops:list", "workshops:month")
@pytest.mark.parametrize("url", ["/id/workshops/?when=past", "/id/workshops/2024/7/"])
def test_calendar_pages_query_count_same_for_1_3_50(client, django_assert_max_num_queries, url):
    def grow(size):
        while WorkshopPage.objects.count() < size:
            made = WorkshopPage.objects.count()
            page = WorkshopPageFactory(start=at(2024, 7, 1 + made % 28, 9), country=CountryFactory())
            page.organisers.set(InstitutionFactory.create_batch(2))
            page.save()

    counts = query_counts(client, django_assert_max_num_queries, url, grow)

    assert counts[1] == counts[3] == counts[50]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("id", "Acara mendatang"), ("en", "Upcoming events"), ("az", "Qarşıdakı tədbirlər")],
)
def test_list_speaks_the_reader_language(client, language, heading):
    content = client.get(f"/{language}/workshops/").content.decode()

    assert f"<h1>{heading}</h1>" in content
