"""The training module page: what readers see, what only trainers see, search, and query counts."""

import pytest

from django.urls import reverse
from django.utils import translation

from search.indexing import rebuild
from tests.factories import TRAINERS, UserFactory, section_page
from tests.factories.modules import (
    AssessmentQuestionFactory,
    TrainingModulePageFactory,
    TrainingModuleReleaseFactory,
    TrainingModuleSessionFactory,
)
from workshops.models import TrainingIndexPage, TrainingModulePage
from workshops.training.presentation import format_duration, timed_agenda
from workshops.training.search import module_documents

pytestmark = pytest.mark.django_db


def test_module_page_shows_code_version_duration_and_plan(client):
    page = TrainingModulePageFactory(
        code="MPP-INT-01", version="1.2", sessions=0, parent=section_page(TrainingIndexPage, "en")
    )
    TrainingModuleSessionFactory(page=page, title="Pembukaan", minutes=30)
    TrainingModuleSessionFactory(page=page, title="Studi kasus ASAN Xidmat", minutes=90, method="case-study")
    page.save_revision().publish()

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "MPP-INT-01 · version 1.2" in html
    assert "2 hours" in html
    assert [item.session.title for item in response.context["agenda"]] == [
        "Pembukaan",
        "Studi kasus ASAN Xidmat",
    ]
    assert "Day 1, 09:30–11:00" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in html


def test_module_page_hides_trainer_notes_and_answers_from_anonymous(client):
    page = TrainingModulePageFactory(sessions=0)
    TrainingModuleSessionFactory(page=page, trainer_notes="Bagikan kartu peran setelah jeda.")
    AssessmentQuestionFactory(page=page, question="Apa itu MPP?", answer="Mal Pelayanan Publik")
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert "Apa itu MPP?" in html
    assert ("Bagikan kartu peran" in html, "Mal Pelayanan Publik" in html) == (False, False)


def test_module_page_shows_trainer_notes_and_answers_to_trainer(client):
    page = TrainingModulePageFactory(sessions=0)
    TrainingModuleSessionFactory(page=page, trainer_notes="Bagikan kartu peran setelah jeda.")
    AssessmentQuestionFactory(page=page, answer="Mal Pelayanan Publik")
    page.save_revision().publish()
    client.force_login(UserFactory(role=TRAINERS))

    html = client.get(page.url).content.decode()

    assert ("Bagikan kartu peran" in html, "Mal Pelayanan Publik" in html) == (True, True)


def test_module_page_hides_trainer_notes_from_logged_in_reader_without_role(client):
    page = TrainingModulePageFactory(sessions=0)
    TrainingModuleSessionFactory(page=page, trainer_notes="Bagikan kartu peran setelah jeda.")
    page.save_revision().publish()
    client.force_login(UserFactory())

    html = client.get(page.url).content.decode()

    assert "Bagikan kartu peran" not in html


def test_module_total_minutes_sums_sessions():
    page = TrainingModulePageFactory(sessions=3)

    assert TrainingModulePage.objects.get(pk=page.pk).total_minutes == 135


def test_timed_agenda_moves_session_past_five_pm_to_next_day():
    sessions = [TrainingModuleSessionFactory.build(minutes=m) for m in (240, 180, 90)]

    agenda = timed_agenda(sessions)

    assert [(item.day, item.start, item.end) for item in agenda] == [
        (1, "09:00", "13:00"),
        (1, "13:00", "16:00"),
        (2, "09:00", "10:30"),
    ]


@pytest.mark.parametrize(
    ("minutes", "label"), [(45, "45 minutes"), (60, "1 hour"), (150, "2 hours 30 minutes")]
)
def test_format_duration_names_hours_and_minutes(minutes, label):
    with translation.override("en"):
        assert format_duration(minutes) == label


def test_module_search_document_leaves_out_trainer_notes_and_answers():
    page = TrainingModulePageFactory(sessions=0, title="Manajemen pengaduan")
    TrainingModuleSessionFactory(page=page, title="Alur pengaduan", trainer_notes="kata-sandi-latihan")
    AssessmentQuestionFactory(page=page, answer="jawaban-tersembunyi")
    page.save_revision().publish()

    (document,) = module_documents(TrainingModulePage.objects.get(pk=page.pk))

    text = f"{document.title} {document.summary} {document.body}"
    assert document.kind == "module"
    assert "Alur pengaduan" in text
    assert ("kata-sandi-latihan" in text, "jawaban-tersembunyi" in text) == (False, False)


def test_module_search_finds_module_but_not_its_trainer_notes(client):
    page = TrainingModulePageFactory(sessions=0, title="Standar layanan garda depan")
    TrainingModuleSessionFactory(page=page, trainer_notes="rahasiapelatih")
    page.save_revision().publish()
    rebuild(progress_enabled=False)

    found = client.get("/id/search/", {"q": "garda depan"}).content.decode()
    hidden = client.get("/id/search/", {"q": "rahasiapelatih"}).content.decode()

    assert page.url in found
    assert page.url not in hidden


def test_admin_trainer_can_open_module_create_form(client):
    section = TrainingModulePageFactory().get_parent()
    client.force_login(UserFactory(role=TRAINERS))

    response = client.get(
        reverse("wagtailadmin_pages:add", args=["workshops", "trainingmodulepage", section.pk])
    )

    assert response.status_code == 200


def _rich_module(count):
    page = TrainingModulePageFactory(sessions=count, materials=count, questions=count)
    TrainingModuleReleaseFactory.create_batch(count - 1, page=page)
    return page


# The module page: route and breadcrumbs 2, language switcher and kit links 1 (shared),
# and its own sessions, materials, questions and releases: one each (collection
# restrictions are cached per content version).
MODULE_PAGE_QUERIES = 9  # 7, the workshops it was delivered in, its practice links (no practices here)


@pytest.mark.query_count("workshops.TrainingModulePage")
@pytest.mark.parametrize("count", [1, 3, 50])
def test_module_page_query_count(client, django_assert_num_queries, count):
    page = _rich_module(count)
    client.get(page.url)  # fills the per-process caches: the steady state is what is counted

    with django_assert_num_queries(MODULE_PAGE_QUERIES):
        response = client.get(page.url)

    assert (len(response.context["agenda"]), len(response.context["materials"])) == (count, count)
    assert (len(response.context["questions"]), len(response.context["releases"])) == (count, count)
