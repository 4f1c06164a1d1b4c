"""The training section's samples for the quality gates, in id, en and az.

Workshops (issue 12): a workshop with an agenda and open registration, the calendar list and
month view, the registration form, its confirmation, a cancellation link, the feedback form of
a held event, and every calendar file (checked as data). The workshop serves the action plan's
sample milestone (so the milestone's page shows its workshops panel) and its session has
minutes. Training modules (issue 11): one
module with a timed session plan, a document and an image material, an assessment question
and two releases. The section page itself is the core's sample.
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone, translation

from tests.factories.modules import (
    AssessmentQuestionFactory,
    DocumentFactory,
    TrainingModuleMaterialFactory,
    TrainingModulePageFactory,
    TrainingModuleSessionFactory,
    publish_version,
)
from tests.factories.workshops import RegistrationFactory, WorkshopPageFactory, WorkshopSessionFactory, at
from workshops.models import Audience, Method, TrainingIndexPage, WorkshopKind, WorkshopPage
from workshops.registration import cancel_token

# After the programme's samples: the workshop serves the sample action plan's first milestone.
AFTER = ("cms", "programmes")

MINUTES = {
    "id": "<p>Disepakati rencana tindak lanjut bersama.</p>",
    "en": "<p>A joint follow-up plan was agreed.</p>",
    "az": "<p>Birgə növbəti addımlar planı razılaşdırıldı.</p>",
}

TEXT = {
    "id": ("Lokakarya pengelolaan pengaduan", "Belajar dari ASAN Xidmat", "Pembukaan dan berbagi praktik"),
    "en": ("Complaint management workshop", "Learning from ASAN Xidmat", "Opening and practice sharing"),
    "az": ("Şikayətlərin idarə edilməsi seminarı", "ASAN xidmətdən öyrənmək", "Açılış və təcrübə mübadiləsi"),
}

MODULE = {
    "id": {
        "title": "Mengintegrasikan unit layanan di bawah satu atap",
        "summary": "Cara menyatukan layanan banyak instansi di Mal Pelayanan Publik.",
        "sessions": ["Pembukaan dan tujuan", "Belajar dari ASAN Xidmat", "Menyusun peta layanan MPP"],
        "material": "Slide integrasi layanan",
        "question": "Sebutkan tiga syarat sebuah instansi bergabung ke MPP.",
        "change": "Studi kasus Banyuwangi ditambahkan.",
    },
    "en": {
        "title": "Integrating service units under one roof",
        "summary": "How to bring many agencies' services together in a public service mall.",
        "sessions": ["Opening and objectives", "Learning from ASAN Xidmat", "Drawing the MPP service map"],
        "material": "Service integration slides",
        "question": "Name three conditions for an agency to join an MPP.",
        "change": "Banyuwangi case study added.",
    },
    "az": {
        "title": "Xidmət vahidlərinin bir dam altında birləşdirilməsi",
        "summary": "Bir çox qurumun xidmətlərini dövlət xidməti mərkəzində necə birləşdirmək olar.",
        "sessions": ["Açılış və məqsədlər", "ASAN Xidmətdən öyrənmək", "MPP xidmət xəritəsinin hazırlanması"],
        "material": "Xidmət inteqrasiyası slaydları",
        "question": "Qurumun MPP-yə qoşulması üçün üç şərti sadalayın.",
        "change": "Banyuvanqi nümunəsi əlavə edildi.",
    },
}


def build(site):
    build_workshops(site)
    build_modules(site)


def build_workshops(site):
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
            # A ToT, so the sample shows its cascade (SVG tree and tables) to the gates.
            kind=WorkshopKind.TOT,
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
        session = WorkshopSessionFactory(
            page=workshop, title=session_title, start=workshop.start, minutes=MINUTES[code]
        )
        session.speakers.add(taxonomy[(code, "person")])
        session.save()
        workshop.trained.add(taxonomy[(code, "person")])
        workshop.serves.set(sample_milestones())
        site.sample_page(site.publish(workshop), code)
        # A later workshop the trained person delivered in the sample regency: the cascade's leaf.
        later = site.create(
            WorkshopPageFactory,
            site.section(TrainingIndexPage, code),
            code,
            slug="cascade-workshop",
            title=f"{title} (2100)",
            start=at(2100, 3, 2, 9, 0),
            end=at(2100, 3, 2, 12, 0),
            region=taxonomy[(code, "regency")],
        )
        delivered = WorkshopSessionFactory(page=later, title=session_title, start=later.start)
        delivered.speakers.add(taxonomy[(code, "person")])
        delivered.save()
        site.publish(later)
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
                "workshops:registered": reverse("workshops:registered", args=[workshop.pk]),
                "workshops:cancel": reverse("workshops:cancel", args=[cancel_token(registration)]),
                "workshops:feedback": reverse("workshops:feedback", args=[past.pk]),
                "workshops:event_ics": reverse("workshops:event_ics", args=[workshop.pk]),
                "workshops:feed_all": reverse("workshops:feed_all"),
                "workshops:feed_upcoming": reverse("workshops:feed_upcoming"),
                "workshops:feed_kind": reverse("workshops:feed_kind", args=[WorkshopKind.WORKSHOP]),
            }
        for kind, path in routes.items():
            site.sample(kind, code, path)


def sample_milestones():
    """The action plan sample's first milestone (none when the programme's samples are absent)."""
    Milestone = WorkshopPage._meta.get_field("serves").related_model
    return list(Milestone.objects.order_by("due_on", "pk")[:1])


def build_modules(site):
    taxonomy = site.shared["taxonomy"]
    image = site.shared["image"]
    for code in site.languages:
        text = MODULE[code]
        page = site.create(
            TrainingModulePageFactory,
            site.section(TrainingIndexPage, code),
            code,
            slug="satu-atap",
            title=text["title"],
            summary=text["summary"],
            code="MPP-INT-01",
            audience=Audience.SERVICE_MANAGERS,
            pillar=taxonomy[(code, "pillar")],
            sessions=0,
        )
        for title, minutes, method in zip(
            text["sessions"],
            (30, 90, 120),
            (Method.PRESENTATION, Method.CASE_STUDY, Method.GROUP_WORK),
            strict=True,
        ):
            TrainingModuleSessionFactory(page=page, title=title, minutes=minutes, method=method)
        TrainingModuleMaterialFactory(
            page=page, document=DocumentFactory(title=text["material"]), kind="slides"
        )
        TrainingModuleMaterialFactory(page=page, image=image, kind="image", title=text["material"])
        AssessmentQuestionFactory(page=page, question=text["question"])
        page = publish_version(page, "1.1", text["change"])
        site.sample_page(page, code)
