"""Practice and replication guide pages: what they show, what publishing needs, and their query counts."""

import pytest

from django.core.exceptions import ValidationError

from practices.models import AdaptationStatus, Practice
from tests.factories import (
    CountryFactory,
    InstitutionFactory,
    LifeJourneyStageFactory,
    PillarFactory,
    RegionFactory,
)
from tests.factories.practices import (
    AdaptationFactory,
    LeadImageFactory,
    PracticeFactory,
    ReplicationGuideFactory,
    indicator,
)

pytestmark = pytest.mark.django_db


def test_practice_page_shows_origin_indicators_and_licence(client):
    country = CountryFactory(name="Azerbaijan", code="AZ")
    institution = InstitutionFactory(name="ASAN Xidmat", country=country)
    page = PracticeFactory(
        title="Paspor dalam tiga jam",
        origin_country=country,
        origin_institution=institution,
        indicators=[indicator(baseline="30", baseline_year=2012, achieved="3", achieved_year=2015)],
    )

    response = client.get(page.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert (
        f'<a href="{country.get_url()}">Azerbaijan</a>: <a href="{institution.get_url()}">ASAN Xidmat</a>'
        in content
    )
    assert '<th scope="row">Waktu penerbitan paspor</th>' in content
    assert '<td>30 jam <span class="year">(2012)</span></td>' in content
    assert '<td>3 jam <span class="year">(2015)</span></td>' in content
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in content


def test_practice_page_draws_lineage_as_svg_and_list(client):
    page = PracticeFactory(title="ASAN Xidmat", year_introduced=2012)
    region = RegionFactory(name="Banyuwangi")
    AdaptationFactory(practice=page, key="banyuwangi", name="Banyuwangi", region=region, year=2014)
    AdaptationFactory(practice=page, key="batam", adapted_from="banyuwangi", name="MPP Batam", year=2017)
    AdaptationFactory(
        practice=page,
        key="network",
        adapted_from="batam",
        name="Jaringan MPP",
        year=2025,
        status=AdaptationStatus.NETWORK,
    )

    response = client.get(page.url)

    content = response.content.decode()
    tree = response.context["lineage"]
    assert [node.label for node in tree.nodes] == ["ASAN Xidmat", "Banyuwangi", "MPP Batam", "Jaringan MPP"]
    assert [node.depth for node in tree.nodes] == [0, 1, 2, 3]
    assert content.count("<rect ") == 4
    assert content.count('class="lineage__edge"') == 3
    assert f'<a href="{region.get_url()}">Banyuwangi</a>' in content


def practice_with(count):
    page = PracticeFactory(indicators=[indicator(name=f"Indikator {n}") for n in range(count)])
    page.stages.set(LifeJourneyStageFactory.create_batch(min(count, 5)))
    page.pillars.set(PillarFactory.create_batch(min(count, 4)))
    page.tags.add(*[f"tag-{n}" for n in range(min(count, 10))])
    page.save_revision().publish()
    for number in range(count):
        AdaptationFactory(practice=page, region=RegionFactory())
        if number < 3:
            ReplicationGuideFactory(parent=page)
    return page


def queries_for(client, url, assert_max):
    client.get(url)  # the site root paths are cached after the first request
    with assert_max(12) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.query_count("practices.Practice")
def test_practice_page_query_count_is_constant(client, django_assert_max_num_queries):
    counts = [
        queries_for(client, practice_with(count).url, django_assert_max_num_queries) for count in (1, 3, 50)
    ]

    assert counts[0] == counts[1] == counts[2]


def test_practice_cannot_be_published_without_summary_origin_and_pillar():
    page = PracticeFactory()
    page.summary = ""
    page.origin_country = None
    page.pillars.set([])

    with pytest.raises(ValidationError) as error:
        page.save_revision().publish()

    assert sorted(error.value.message_dict) == ["origin_country", "pillars", "summary"]


def test_practice_draft_may_lack_what_publishing_needs():
    page = PracticeFactory()
    page.pillars.set([])

    revision = page.save_revision(clean=False)

    assert revision.as_object().pillars.all().count() == 0
    assert Practice.objects.get(pk=page.pk).live is True


def test_practice_lineage_rejects_a_circle():
    page = PracticeFactory()
    AdaptationFactory(practice=page, key="a", adapted_from="b")
    AdaptationFactory(practice=page, key="b", adapted_from="a")
    page.refresh_from_db()

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert error.value.messages == ["Silsilah “a” berputar dalam lingkaran."]


def test_guide_page_shows_steps_cost_and_checklist(client):
    guide = ReplicationGuideFactory()

    response = client.get(guide.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert '<li id="step-1">' in content
    assert "<dd>Perpres 89/2021</dd>" in content
    assert "Rp 500\u202f000\u202f000 sampai 2\u202f000\u202f000\u202f000" in content
    assert f'href="{guide.url}check/"' in content


def guide_with(count):
    steps = [
        {
            "type": "step",
            "value": {
                "what": f"Langkah {n}",
                "who": "DPMPTSP",
                "duration": "1 bulan",
                "deliverable": "Dokumen",
                "legal_basis": "",
                "details": "",
            },
        }
        for n in range(count)
    ]
    return ReplicationGuideFactory(steps=steps)


@pytest.mark.query_count("practices.ReplicationGuide")
def test_guide_page_query_count_is_constant(client, django_assert_max_num_queries):
    counts = [
        queries_for(client, guide_with(count).url, django_assert_max_num_queries) for count in (1, 3, 50)
    ]

    assert counts[0] == counts[1] == counts[2]


def test_practice_lead_image_has_webp_and_jpeg_renditions_at_three_widths(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    page = PracticeFactory(lead_image=LeadImageFactory(), lead_image_alt="Loket layanan")

    response = client.get(page.url)

    picture = response.content.decode().split("<picture>")[1].split("</picture>")[0]
    assert picture.count('type="image/webp"') == 1
    assert picture.count(" 360w") == 2
    assert picture.count(" 1080w") == 2
    assert 'alt="Loket layanan"' in picture
    assert 'sizes="(max-width: 48rem) 100vw, 45rem"' in picture


def test_practice_page_with_a_lead_image_stays_within_the_query_budget(
    client, settings, tmp_path, django_assert_max_num_queries
):
    settings.MEDIA_ROOT = str(tmp_path)
    page = PracticeFactory(lead_image=LeadImageFactory(), lead_image_alt="Loket layanan")

    queries_for(client, page.url, django_assert_max_num_queries)
