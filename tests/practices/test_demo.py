"""The practices demo: every named practice in id and en, the MPP guide, the lineage, the tracker, and the
search finding each practice first for the words a regional official types."""

import pytest

from django.core.management import call_command
from django.http import QueryDict

from practices.models import Area, NationalCount, Practice, ReplicationGuide
from search import engine
from search.indexing import rebuild
from search.query import from_params

pytestmark = pytest.mark.django_db

FIRST_HIT = {
    ("id", "paspor"): "Paspor terbit dalam tiga jam",
    ("id", "kereta"): "Layanan publik di kereta untuk daerah perdesaan",
    ("id", "bus layanan keliling"): "Bus layanan keliling",
    ("id", "mal pelayanan publik"): "Mal Pelayanan Publik (MPP)",
    ("en", "paspor"): "Passport in three hours",
    ("en", "kereta"): "Public services on the train for rural areas",
    ("en", "bus layanan keliling"): "Mobile service buses",
    ("en", "mal pelayanan publik"): "Public service mall (Mal Pelayanan Publik, MPP)",
}


def test_demo_loads_practices_guide_lineage_and_tracker_and_search_finds_them(capsys):
    call_command("load_demo")
    call_command("load_demo")
    rebuild()

    assert Practice.objects.filter(locale__language_code="id").count() == 12
    assert Practice.objects.filter(locale__language_code="en").count() == 12
    assert sorted(Practice.objects.filter(locale__language_code="az").values_list("slug", flat=True)) == [
        "asan-xidmat",
        "mal-pelayanan-publik",
    ]
    guide = ReplicationGuide.objects.get(locale__language_code="en")
    assert (len(guide.readiness), len(guide.steps), len(guide.contacts)) == (6, 7, 3)
    asan = Practice.objects.get(slug="asan-xidmat", locale__language_code="en")
    assert [a.key for a in asan.adaptations.all()] == [
        "banyuwangi-2014",
        "batam-2017",
        "jakarta-2017",
        "surabaya-2017",
        "jaringan-mpp",
    ]
    assert Area.objects.exclude(kind="province").count() == 514
    assert Area.objects.get(code="35.10").mpp_status == "operating"
    assert list(NationalCount.objects.values_list("count", flat=True)) == [305, 207]
    first_hits = {
        (language, words): str(engine.search(from_params(QueryDict(f"q={words}"), language)).hits[0].title)
        .replace("<mark>", "")
        .replace("</mark>", "")
        for language, words in FIRST_HIT
    }
    assert first_hits == FIRST_HIT
