"""What the training section makes searchable: its landing page (a plain page), every public
workshop, and the training modules (workshops/training/search.py)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from search.documents import page_body, page_document
from search.registry import register_page

from .models import TrainingIndexPage, WorkshopPage
from .training import search as training_search  # noqa: F401  (training modules)

register_page(TrainingIndexPage, "page", _("Page"))


def workshop_documents(page):
    """One `workshop` document: its agenda's titles join the body; no registrant is ever read."""
    return [page_document(page, "workshop", date=event_date, body=event_body)]


def event_date(page):
    """The first day of the event on its own clock."""
    return timezone.localtime(page.start, page.zone).date()


def event_body(page):
    return " ".join(filter(None, [page_body(page), *(session.title for session in page.sessions.all())]))


register_page(
    WorkshopPage,
    "workshop",
    _("Workshop"),
    queryset=lambda: (
        WorkshopPage.objects.live().public().select_related("locale", "country").prefetch_related("sessions")
    ),
    documents=workshop_documents,
)
