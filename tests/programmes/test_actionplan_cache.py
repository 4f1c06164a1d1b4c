"""A coordinator's change through the admin shows on the cached public progress page at once."""

import pytest

from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.models import ProgrammeSettings
from tests.factories import PROGRAMME_COORDINATORS, UserFactory
from tests.factories.actionplan import ActionPlanPageFactory, ActivityFactory, MilestoneFactory

pytestmark = pytest.mark.django_db

REPORT = "https://www.menpan.go.id/laporan"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    yield cache
    cache.clear()


def test_completed_milestone_shows_on_the_cached_progress_page_at_once(page_cache, client, today):
    ProgrammeSettings.for_site(Site.objects.get(is_default_site=True))
    plan = ActionPlanPageFactory()
    milestone = MilestoneFactory(activity=ActivityFactory(plan=plan), title="Lokakarya MPP", progress=80)
    milestone.status, milestone.change_reason = "in_progress", "Mulai."
    milestone.save()
    client.get(plan.url)
    cached = client.get(plan.url)
    coordinator = Client()
    coordinator.force_login(UserFactory(role=PROGRAMME_COORDINATORS))

    saved = coordinator.post(
        reverse("wagtailsnippets_programmes_milestone:edit", args=[milestone.pk]),
        nested_form_data(
            {
                "activity": milestone.activity_id,
                "title": milestone.title,
                "due_on": milestone.due_on.isoformat(),
                "side": milestone.side,
                "status": "completed",
                "progress": 100,
                "loaded_version": milestone.version,
                "change_reason": "Laporan lokakarya terbit.",
                "evidence": inline_formset(
                    [{"url": "https://www.menpan.go.id/laporan", "page": "", "document": ""}]
                ),
            }
        ),
    )
    after = client.get(plan.url)

    assert (cached["X-Page-Cache"], saved.status_code, after["X-Page-Cache"]) == ("hit", 302, "miss")
    assert [row.percent for row in after.context["progress"].activities] == [100]
    assert f'<a href="{REPORT}">{REPORT}</a>' in after.content.decode()
