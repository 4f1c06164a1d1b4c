"""`load_demo` builds the demo site from the programme's facts, and running it again changes nothing."""

import io
from collections import Counter

import pytest

from django.core.management import call_command

from wagtail.models import Page

from cms.demo.loader import demo_modules
from cms.models import Country, HomePage, Institution, LifeJourneyStage, MPPStatus, Person, Pillar, Region
from programmes.models import PartnerPage, ProgrammePage, TimelineEvent, TimelinePage


def row_counts():
    counts = {
        model.__name__: model.objects.count()
        for model in (Country, Institution, Region, Person, Pillar, LifeJourneyStage, TimelineEvent)
    }
    # Pages by the app that declares their type, so each app's demo is counted on its own.
    counts["Page"] = dict(Counter(Page.objects.values_list("content_type__app_label", flat=True).order_by()))
    return counts


@pytest.fixture
def demo(demo_site):
    return demo_site


pytestmark = pytest.mark.django_db


def test_load_demo_counts_taxonomy_in_three_languages(demo):
    counts = row_counts()

    assert counts == {
        "Country": 5 * 3,
        "Institution": (8 + 7) * 3,
        "Region": (8 + 9) * 3,
        "Person": (10 + 3) * 3,  # 3: the workshops demo's illustrative ToT alumni
        "Pillar": 4 * 3,
        "LifeJourneyStage": 5 * 3,
        "TimelineEvent": 7 * 2,
        "Page": {
            "wagtailcore": 1,  # the root
            "cms": 3 + 2,  # the homes, about (id, en)
            # the section (id, en, az), 2 partners (id, en, az), timeline (id, en), 4 stories (id, en),
            # the 2024 action plan (id, en, az)
            "programmes": 3 + 6 + 2 + 8 + 3,
            # the section (id, en, az), 12 practices (id, en; az for ASAN Xidmat and MPP),
            # the MPP's replication guide (id, en)
            "practices": 3 + 24 + 2 + 2,
            # the section (id, en, az); 6 events (id, en): the Baku ToT, two illustrative 2019
            # regional workshops, the 2024 signing, the 2025 symposium and a planned online
            # workshop; 3 training modules (id, en)
            "workshops": 3 + 12 + 6,
        },
    }


def test_load_demo_twice_creates_nothing(demo):
    before = row_counts()
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert row_counts() == before
    assert out.getvalue().endswith("nothing new.\n")


def test_load_demo_keeps_an_editors_change(demo):
    region = Region.objects.get(slug="belu", locale__language_code="id")
    region.mpp_status = MPPStatus.OPERATING
    region.name = "Kabupaten Belu (diedit)"
    region.save()
    home = HomePage.objects.get(locale__language_code="en")
    home.summary = "Edited by an editor."
    home.save_revision().publish()

    call_command("load_demo", stdout=io.StringIO())

    region.refresh_from_db()
    home.refresh_from_db()
    assert (region.name, region.mpp_status) == ("Kabupaten Belu (diedit)", MPPStatus.OPERATING)
    assert home.summary == "Edited by an editor."


def test_load_demo_translations_share_translation_key_and_slug(demo):
    belu = Region.objects.filter(slug="belu").order_by("locale__language_code")

    assert [(region.locale.language_code, region.name) for region in belu] == [
        ("az", "Belu regentliyi"),
        ("en", "Belu Regency"),
        ("id", "Kabupaten Belu"),
    ]
    assert len({region.translation_key for region in belu}) == 1


def test_load_demo_links_translations_to_same_language_items(demo):
    belu = Region.objects.select_related("parent", "country").get(slug="belu", locale__language_code="en")

    assert (belu.parent.name, belu.country.name) == ("East Nusa Tenggara", "Indonesia")
    assert belu.parent.locale_id == belu.locale_id == belu.country.locale_id


def test_load_demo_records_time_zones_and_mpp_status(demo):
    regions = {
        region.slug: (region.time_zone, region.mpp_status)
        for region in Region.objects.filter(locale__language_code="id", kind__in=["city", "regency"])
    }

    assert regions == {
        "belu": ("Asia/Makassar", "planned"),
        "padang": ("Asia/Jakarta", "planned"),
        "pekanbaru": ("Asia/Jakarta", "under_construction"),
        "badung": ("Asia/Makassar", "under_construction"),
        "denpasar": ("Asia/Makassar", "under_construction"),
        "samarinda": ("Asia/Makassar", "planned"),
        "banyuwangi": ("Asia/Jakarta", "operating"),
        "batam": ("Asia/Jakarta", "under_construction"),
        "surabaya": ("Asia/Jakarta", "under_construction"),
    }


def test_load_demo_people_have_no_private_contact_data(demo):
    assert list(Person.objects.exclude(email="", phone="").values_list("slug", flat=True)) == []


def test_load_demo_partner_pages_exist_in_three_languages_and_are_live(demo):
    partners = PartnerPage.objects.live().select_related("locale", "country")

    assert sorted((page.locale.language_code, page.slug, page.country.name) for page in partners) == [
        ("az", "azerbaijan", "Azərbaycan"),
        ("az", "indonesia", "İndoneziya"),
        ("en", "azerbaijan", "Azerbaijan"),
        ("en", "indonesia", "Indonesia"),
        ("id", "azerbaijan", "Azerbaijan"),
        ("id", "indonesia", "Indonesia"),
    ]


def test_load_demo_every_page_is_published_with_a_revision(demo):
    pages = Page.objects.filter(depth__gt=1)

    assert pages.filter(live=False).count() == 0
    assert pages.filter(live_revision__isnull=True).count() == 0


def test_load_demo_timeline_events_in_english_name_english_people(demo):
    timeline = TimelinePage.objects.get(locale__language_code="en")
    event = timeline.events.get(date="2024-07-01")

    assert event.title == "Action plan signed in Jakarta"
    assert sorted(person.locale.language_code for person in event.people.all()) == ["en"] * 5


def test_load_demo_symposium_page_names_the_four_pillars(demo):
    symposium = ProgrammePage.objects.get(slug="symposium-2025")

    assert [pillar.name for pillar in symposium.pillars.order_by("number")] == [
        "Engaging citizens through better complaint management",
        "Strengthening service integration and quality assurance in service centres",
        "Raising quality through innovative management",
        "Harnessing AI and data",
    ]


def test_demo_modules_load_the_core_first_then_apps_in_installed_order():
    labels = [label for label, _module in demo_modules()]

    assert labels == ["cms", "programmes", "practices", "workshops"]
