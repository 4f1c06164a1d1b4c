"""Programme story and partner pages: the same number of queries whatever the amount of content."""

import pytest

from wagtail.rich_text import RichText

from tests.factories import CountryFactory, PartnerPageFactory, PillarFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db


def paragraphs(count):
    return [("paragraph", RichText(f"<p>Paragraf {number}.</p>")) for number in range(count)]


@pytest.mark.query_count("programmes.ProgrammePage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_programme_page_query_count(client, django_assert_num_queries, count):
    page = ProgrammePageFactory(body=paragraphs(count))
    page.pillars.set(PillarFactory.create_batch(count))
    page.countries.set(CountryFactory.create_batch(count))
    page.tags.add(*[f"Topik {number}" for number in range(count)])
    page.save_revision().publish()
    client.get(page.url)  # fills the per-process caches: the steady state is what is counted

    with django_assert_num_queries(7):
        response = client.get(page.url)

    assert (len(response.context["pillars"]), len(response.context["countries"])) == (count, count)


@pytest.mark.query_count("programmes.PartnerPage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_partner_page_query_count(client, django_assert_num_queries, count):
    page = PartnerPageFactory(body=paragraphs(count))
    client.get(page.url)

    with django_assert_num_queries(6):
        response = client.get(page.url)

    assert len(response.context["page"].body) == count
