"""The core's standard page: the same number of queries whatever the length of its body."""

import pytest

from wagtail.rich_text import RichText

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.query_count("cms.StandardPage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_standard_page_query_count(client, django_assert_num_queries, count):
    page = StandardPageFactory(body=[("paragraph", RichText(f"<p>Paragraf {n}.</p>")) for n in range(count)])
    client.get(page.url)  # fills the per-process caches: the steady state is what is counted

    with django_assert_num_queries(4):
        response = client.get(page.url)

    assert len(response.context["page"].body) == count
