"""The programme's home-page figure: milestones on live timelines."""

import pytest

from programmes import figures
from tests.factories import TimelineEventFactory, TimelinePageFactory

pytestmark = pytest.mark.django_db


def test_timeline_figures_count_events_of_live_timelines(locales):
    live = TimelinePageFactory()
    TimelineEventFactory.create_batch(3, page=live)
    draft = TimelinePageFactory(live=False)
    TimelineEventFactory(page=draft)

    (figure,) = figures.timeline_figures(locales["id"])

    assert figure.value == 3
