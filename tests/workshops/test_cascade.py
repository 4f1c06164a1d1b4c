"""The ToT cascade: a ToT → the trainers it trained → the public workshops they later delivered."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories import PersonFactory
from tests.factories.taxonomy import ProvinceFactory, RegionFactory
from tests.factories.workshops import WorkshopPageFactory, WorkshopSessionFactory, at
from tests.workshops.measure import query_counts
from workshops import cascade
from workshops.models import WorkshopKind

pytestmark = pytest.mark.django_db


def delivered(person, title, region=None, start=None):
    workshop = WorkshopPageFactory(title=title, region=region, start=start or at(2019, 3, 4, 9))
    session = WorkshopSessionFactory(page=workshop)
    session.speakers.set([person])
    session.save()
    workshop.save_revision().publish()
    return workshop


def tot_with(people):
    tot = WorkshopPageFactory(title="ToT Baku 2018", kind=WorkshopKind.TOT, start=at(2018, 7, 4, 9))
    tot.trained.set(people)
    tot.save_revision().publish()
    return tot


def test_cascade_follows_trainers_to_later_public_workshops_with_counts(client):
    bali = ProvinceFactory(name="Bali")
    badung = RegionFactory(name="Kabupaten Badung", parent=bali)
    denpasar = RegionFactory(name="Kota Denpasar", parent=bali)
    ayu = PersonFactory(name="Ayu")
    budi = PersonFactory(name="Budi")
    citra = PersonFactory(name="Citra")
    tot = tot_with([budi, ayu, citra])
    first = delivered(ayu, "Lokakarya Badung", badung, at(2019, 2, 1, 9))
    second = delivered(ayu, "Lokakarya Denpasar", denpasar, at(2019, 5, 1, 9))
    third = delivered(budi, "Lokakarya Badung II", badung, at(2019, 8, 1, 9))
    delivered(ayu, "Sebelum ToT", badung, at(2017, 1, 1, 9))
    draft = delivered(budi, "Lokakarya draf", badung)
    draft.unpublish()
    private = delivered(budi, "Lokakarya tertutup", badung)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    response = client.get(tot.url)

    result = response.context["cascade"]
    assert [(t.person.name, [w.pk for w in t.workshops]) for t in result.trainers] == [
        ("Ayu", [first.pk, second.pk]),
        ("Budi", [third.pk]),
        ("Citra", []),
    ]
    assert [(c.province.name, c.region.name, c.workshops) for c in result.regions] == [
        ("Bali", "Kabupaten Badung", 2),
        ("Bali", "Kota Denpasar", 1),
    ]
    assert [(province.name, count) for province, count in result.provinces] == [("Bali", 3)]
    assert result.workshops == 3
    content = response.content.decode()
    assert "Lokakarya draf" not in content
    assert "Lokakarya tertutup" not in content
    assert "Sebelum ToT" not in content
    assert "<tr><td>Bali</td><td>Kabupaten Badung</td><td>2</td></tr>" in content
    assert content.count("<rect ") == 1 + 3 + 3  # the ToT, three trainers, three workshops
    assert content.count("<line ") == 3 + 3


def test_cascade_layout_centres_each_trainer_on_its_workshops():
    class Named:
        def __init__(self, name):
            self.name = self.title = name

    trainers = [cascade.Trainer(Named("Ayu"), [Named("A1"), Named("A2"), Named("A3")])]
    trainers.append(cascade.Trainer(Named("Budi"), []))

    svg = cascade.layout(Named("ToT"), trainers)

    assert svg["boxes"] == [
        (0, 45, "ToT", "ToT"),
        (230, 30, "Ayu", "Ayu"),
        (460, 0, "A1", "A1"),
        (460, 30, "A2", "A2"),
        (460, 60, "A3", "A3"),
        (230, 90, "Budi", "Budi"),
    ]
    assert svg["lines"][0] == (210, 57, 230, 42)
    assert svg["height"] == 120


def test_cascade_region_without_province_and_unrecorded_region(client):
    jakarta = ProvinceFactory(name="DKI Jakarta")
    ayu = PersonFactory(name="Ayu")
    tot = tot_with([ayu])
    delivered(ayu, "Lokakarya Jakarta", jakarta, at(2019, 2, 1, 9))
    delivered(ayu, "Lokakarya daring", None, at(2019, 3, 1, 9))

    result = client.get(tot.url).context["cascade"]

    assert [
        (c.province and c.province.name, c.region and c.region.name, c.workshops) for c in result.regions
    ] == [
        ("DKI Jakarta", "DKI Jakarta", 1),
        (None, None, 1),
    ]


def test_cascade_only_on_tot_events(client):
    workshop = WorkshopPageFactory(kind=WorkshopKind.WORKSHOP)

    response = client.get(workshop.url)

    assert response.context["cascade"] is None
    assert 'id="cascade-heading"' not in response.content.decode()


@pytest.mark.query_count("workshops.WorkshopPage")
def test_tot_page_query_count_same_for_1_3_50_trainers_and_workshops(client, django_assert_max_num_queries):
    province = ProvinceFactory()
    tot = tot_with([])

    def grow(size):
        while tot.trained.count() < size:
            person = PersonFactory()
            tot.trained.add(person)
            delivered(person, f"Lokakarya {person.name}", RegionFactory(parent=province))
        tot.save_revision().publish()

    counts = query_counts(client, django_assert_max_num_queries, tot.url, grow)

    assert client.get(tot.url).context["cascade"].workshops == 50
    assert counts[1] == counts[3] == counts[50]
