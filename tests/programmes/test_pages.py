"""Programme pages: partner, timeline and story pages render, and every section index lists its pages."""

import datetime

import pytest

from programmes.models import DatePrecision, ProgrammeIndexPage
from tests.factories import (
    CountryFactory,
    PartnerPageFactory,
    PersonFactory,
    PillarFactory,
    ProgrammePageFactory,
    TimelineEventFactory,
    TimelinePageFactory,
    TrainingStandardPageFactory,
    section_page,
    translate,
)
from workshops.models import TrainingIndexPage

pytestmark = pytest.mark.django_db


def test_partner_page_shows_country_and_lead_body(client):
    page = PartnerPageFactory(
        title="Azerbaijan", country__name="Azerbaijan", lead_institution__name="Badan Negara"
    )

    response = client.get(page.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert f'<dd><a href="{page.lead_institution.get_url()}">Badan Negara</a></dd>' in content


def test_timeline_page_lists_events_in_date_order_with_precision(client):
    timeline = TimelinePageFactory(title="Linimasa")
    TimelineEventFactory(page=timeline, date=datetime.date(2024, 7, 1), title="Rencana aksi")
    TimelineEventFactory(
        page=timeline, date=datetime.date(2014, 1, 1), precision=DatePrecision.YEAR, title="Banyuwangi"
    )
    TimelineEventFactory(
        page=timeline, date=datetime.date(2017, 7, 1), precision=DatePrecision.MONTH, title="MoU"
    )

    response = client.get(timeline.url)

    content = response.content.decode()
    assert [event.title for event in response.context["events"]] == ["Banyuwangi", "MoU", "Rencana aksi"]
    assert '<time datetime="2014-01-01">2014</time>' in content
    assert '<time datetime="2017-07-01">Juli 2017</time>' in content
    assert '<time datetime="2024-07-01">1 Juli 2024</time>' in content


def test_timeline_event_people_kept_in_revisions():
    timeline = TimelinePageFactory()
    event = TimelineEventFactory(page=timeline)
    person = PersonFactory(name="Noviana Andrina")
    event.people.set([person])
    event.save()

    revision = timeline.save_revision()

    restored = revision.as_object()
    assert [list(item.people.all()) for item in restored.events.all()] == [[person]]


def test_programme_page_pillars_follow_translation(client):
    pillar = PillarFactory(name="Pemanfaatan AI dan data")
    page = ProgrammePageFactory(title="Simposium 2025", slug="simposium-2025")
    page.pillars.set([pillar])
    page.save_revision().publish()
    english_pillar = translate(pillar, "en", name="Harnessing AI and data")
    english = translate(page, "en", title="The 2025 symposium", slug="symposium-2025")
    english.pillars.set([english_pillar])
    english.save_revision().publish()

    response = client.get("/en/programme/symposium-2025/")

    assert [pillar.name for pillar in response.context["page"].pillars.all()] == ["Harnessing AI and data"]


# Sections that list their children with the shared SectionIndexPage listing; the practices
# section has its own listing through the search (tests/practices).
SECTIONS = {
    "programme": (ProgrammeIndexPage, ProgrammePageFactory),
    "training": (TrainingIndexPage, TrainingStandardPageFactory),
}


@pytest.mark.query_count("programmes.ProgrammeIndexPage", "workshops.TrainingIndexPage")
@pytest.mark.parametrize("count", [1, 3, 50])
@pytest.mark.parametrize("section", list(SECTIONS))
def test_section_index_query_count(client, django_assert_num_queries, section, count):
    model, factory = SECTIONS[section]
    factory.create_batch(count)
    url = section_page(model).url
    client.get(url)  # fills the per-process caches: the steady state is what is counted

    # One of them is the paginator's count; the training section also lists its modules
    # (workshops.training.listing: with no module, only their count).
    with django_assert_num_queries(5 if section != "training" else 6):
        response = client.get(url)

    # 24 a page: 50 children fill the first page and leave the rest to the next.
    assert len(response.context["children"]) == min(count, 24)


@pytest.mark.parametrize("section", list(SECTIONS))
def test_section_index_without_pages_says_so(client, section):
    model, _factory = SECTIONS[section]

    response = client.get(section_page(model, "en").url)

    assert "Nothing has been published in this section yet." in response.content.decode()


def test_section_index_pages_its_children(client):
    ProgrammePageFactory.create_batch(ProgrammeIndexPage.children_per_page + 1)
    url = section_page(ProgrammeIndexPage).url

    first = client.get(url)
    second = client.get(url, {"page": "2"})
    malformed = client.get(url, {"page": "abc"})

    assert (len(first.context["children"]), len(second.context["children"])) == (
        ProgrammeIndexPage.children_per_page,
        1,
    )
    assert 'href="?page=2" rel="next"' in first.content.decode()
    assert (malformed.status_code, malformed.context["page_obj"].number) == (200, 1)


@pytest.mark.query_count("programmes.TimelinePage")
@pytest.mark.parametrize("count", [1, 3])
def test_timeline_page_query_count(client, django_assert_num_queries, count):
    timeline = TimelinePageFactory(title="Linimasa")
    for _ in range(count):
        event = TimelineEventFactory(page=timeline, country=CountryFactory())
        event.people.set(PersonFactory.create_batch(2))
    client.get(timeline.url)  # fills the per-process caches: the steady state is what is counted

    with django_assert_num_queries(4):
        response = client.get(timeline.url)

    assert len(response.context["events"]) == count
