"""The training section's samples for the quality gates, in id, en and az: a workshop with an
agenda and open registration, the calendar list and month view, the registration form, its
confirmation, a cancellation link, the feedback form of a held event, and every calendar file
(checked as data).
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone, translation

from tests.factories.workshops import RegistrationFactory, WorkshopPageFactory, WorkshopSessionFactory, at
from workshops.models import TrainingIndexPage, WorkshopKind
from workshops.registration import cancel_token

AFTER = ("cms",)

TEXT = {
    "id": ("Lokakarya pengelolaan pengaduan", "Belajar dari ASAN Xidmat", "Pembukaan dan berbagi praktik"),
    "en": ("Complaint management workshop", "Learning from ASAN Xidmat", "Opening and practice sharing"),
    "az": ("Şikayətlərin idarə edilməsi seminarı", "ASAN xidmətdən öyrənmək", "Açılış və təcrübə mübadiləsi"),
}


def build(site):
    taxonomy = site.shared["taxonomy"]
    for code in site.languages:
        title, summary, session_title = TEXT[code]
        workshop = site.create(
            WorkshopPageFactory,
            site.section(TrainingIndexPage, code),
            code,
            slug="complaint-workshop",
            title=title,
            summary=summary,
            description=f"<p>{summary}</p>",
            kind=WorkshopKind.WORKSHOP,
            start=at(2099, 3, 2, 23, 0),
            end=at(2099, 3, 3, 2, 0),
            country=taxonomy[(code, "country")],
            in_english=True,
            in_azerbaijani=True,
            capacity=30,
            registration_opens=at(2020, 1, 1),
            registration_closes=at(2099, 3, 1),
        )
        workshop.organisers.add(taxonomy[(code, "institution")])
        session = WorkshopSessionFactory(page=workshop, title=session_title, start=workshop.start)
        session.speakers.add(taxonomy[(code, "person")])
        session.save()
        site.sample_page(site.publish(workshop), code)
        # A held event, whose feedback form is open: its start is the sample run's own "now".
        past = site.create(
            WorkshopPageFactory,
            site.section(TrainingIndexPage, code),
            code,
            slug="held-workshop",
            title=f"{title} (2018)",
            start=timezone.now() - dt.timedelta(days=2),
            end=timezone.now() - dt.timedelta(days=1),
        )
        registration = RegistrationFactory(
            workshop=workshop, email=f"sample-{code}@example.id", language=code
        )
        with translation.override(code):
            routes = {
                "workshops:list": reverse("workshops:list"),
                "workshops:month": reverse("workshops:month", args=[2099, 3]),
                "workshops:register": reverse("workshops:register", args=[workshop.pk]),
                "workshops:registered": reverse("workshops:registered", args=[workshop.pk])
                + "?status=waiting",
                "workshops:cancel": reverse("workshops:cancel", args=[cancel_token(registration)]),
                "workshops:feedback": reverse("workshops:feedback", args=[past.pk]),
                "workshops:event_ics": reverse("workshops:event_ics", args=[workshop.pk]),
                "workshops:feed_all": reverse("workshops:feed_all"),
                "workshops:feed_upcoming": reverse("workshops:feed_upcoming"),
                "workshops:feed_kind": reverse("workshops:feed_kind", args=[WorkshopKind.WORKSHOP]),
            }
        for kind, path in routes.items():
            site.sample(kind, code, path)
