"""The training section's demo content: the programme's real events, on the right clocks."""

import datetime as dt

import pytest

from wagtail.models import Page

from workshops.models import TrainingModulePage, WorkshopPage

pytestmark = pytest.mark.django_db


def test_demo_tot_baku_2018_in_baku_time(demo_site, client):
    tot = WorkshopPage.objects.get(slug="tot-baku-2018")

    response = client.get(tot.url)

    assert (tot.start, tot.end) == (
        dt.datetime(2018, 7, 4, 5, 0, tzinfo=dt.UTC),
        dt.datetime(2018, 7, 6, 13, 0, tzinfo=dt.UTC),
    )
    assert tot.venue == "ASAN Xidmat Center 3"
    assert [session.title for session, _span in response.context["agenda"]] == [
        "Model ASAN Xidmat: satu atap untuk banyak instansi",
        "Mengintegrasikan unit layanan di MPP",
        "Rencana tindak lanjut daerah",
    ]
    assert '<time datetime="2018-07-04T09:00+04:00">Rab 4 Jul 2018 09:00</time>' in response.content.decode()


def test_demo_events_in_indonesian_and_english(demo_site):
    pages = WorkshopPage.objects.live().order_by("start", "locale__language_code")

    assert [(page.slug, page.locale.language_code) for page in pages] == [
        ("tot-baku-2018-en", "en"),
        ("tot-baku-2018", "id"),
        ("integration-workshop-padang-2019", "en"),
        ("lokakarya-integrasi-padang-2019", "id"),
        ("integration-workshop-denpasar-2019", "en"),
        ("lokakarya-integrasi-denpasar-2019", "id"),
        ("action-plan-jakarta-2024", "en"),
        ("rencana-aksi-jakarta-2024", "id"),
        ("symposium-2025", "en"),
        ("simposium-2025", "id"),
        ("complaint-workshop-2027", "en"),
        ("lokakarya-pengaduan-2027", "id"),
    ]


def test_demo_english_agenda_in_english_with_shared_uids(demo_site):
    indonesian = WorkshopPage.objects.get(slug="rencana-aksi-jakarta-2024")
    english = WorkshopPage.objects.get(slug="action-plan-jakarta-2024")

    english_sessions = list(english.sessions.order_by("start"))
    assert [session.title for session in english_sessions][:2] == [
        "Ministerial meeting and signing of the action plan",
        "Audience with Vice President Ma'ruf Amin",
    ]
    assert [s.uid for s in english_sessions] == [s.uid for s in indonesian.sessions.order_by("start")]
    assert [person.name for person in english_sessions[1].speakers.all()] == ["Ma'ruf Amin"]


@pytest.mark.parametrize("slug", ["tot-baku-2018", "tot-baku-2018-en"])
def test_demo_tot_baku_2018_sessions_taught_mpp_int_01_v1_0(demo_site, client, slug):
    tot = WorkshopPage.objects.get(slug=slug)

    sessions = tot.sessions.order_by("start").select_related("module_release__page__locale")
    response = client.get(tot.url)

    assert [
        (release.page.code, release.version, release.page.locale.language_code) if release else None
        for release in (session.module_release for session in sessions)
    ] == [("MPP-INT-01", "1.0", tot.locale.language_code)] * 2 + [None]
    assert [(page.code, release.version) for page, release in response.context["modules"]] == [
        ("MPP-INT-01", "1.0")
    ]


def test_demo_tot_cascade_reaches_two_illustrative_regional_workshops(demo_site, client):
    tot = WorkshopPage.objects.get(slug="tot-baku-2018-en")

    response = client.get(tot.url)

    cascade = response.context["cascade"]
    assert [(t.person.name, [w.slug for w in t.workshops]) for t in cascade.trainers] == [
        ("DPMPTSP Badung facilitator (illustrative)", ["integration-workshop-denpasar-2019"]),
        ("DPMPTSP Denpasar facilitator (illustrative)", ["integration-workshop-denpasar-2019"]),
        ("DPMPTSP Padang facilitator (illustrative)", ["integration-workshop-padang-2019"]),
    ]
    assert [(c.province.name, c.region.name, c.workshops) for c in cascade.regions] == [
        ("Bali", "Denpasar City", 1),
        ("West Sumatra", "Padang City", 1),
    ]
    assert "MPP service integration workshop in Padang (illustrative)" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "guide_slug", "practice_slug"),
    [("id", "panduan-replikasi-mpp", "mal-pelayanan-publik"), ("en", "mpp-replication-guide", None)],
)
def test_demo_mpp_int_01_and_the_mpp_guide_link_each_other(
    demo_site, client, language, guide_slug, practice_slug
):
    module = TrainingModulePage.objects.get(code="MPP-INT-01", locale__language_code=language)
    guide = Page.objects.get(slug=guide_slug)

    module_response = client.get(module.url)
    check_response = client.get(f"{guide.url}check/?done=1")

    [practice] = module_response.context["related_practices"]
    assert practice.pk == guide.get_parent().pk
    if practice_slug:
        assert practice.slug == practice_slug
    assert [page.pk for page in check_response.context["related_training"]] == [module.pk]


@pytest.mark.parametrize(
    ("slug", "milestone"),
    [
        ("rencana-aksi-jakarta-2024", "Forum berbagi pengetahuan dan kunjungan ke Jakarta Smart City"),
        ("action-plan-jakarta-2024", "Knowledge-sharing forum and visits to Jakarta Smart City"),
        ("simposium-2025", "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan"),
    ],
)
def test_demo_events_serve_the_action_plan_and_its_milestone_pages_list_them(
    demo_site, client, slug, milestone
):
    event = WorkshopPage.objects.get(slug=slug)

    response = client.get(event.url)

    served = response.context["served"]
    assert len(served) == 1
    assert f'<a href="{served[0].url}">{milestone}' in response.content.decode()
    milestone_page = client.get(served[0].url)
    assert milestone_page.status_code == 200
    assert f'<a href="{event.url}">{event.title}</a>' in milestone_page.content.decode()
