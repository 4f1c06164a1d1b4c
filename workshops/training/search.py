"""What training modules make searchable: public text only, never trainer notes or answers."""

from django.utils.translation import gettext_lazy as _

from search.documents import page_document
from search.registry import register_page
from workshops.training.models import TrainingModulePage


def module_documents(page):
    """One `module` document: the page's public fields plus its session titles and methods."""
    sessions = " ".join(f"{s.title} {s.get_method_display()}" for s in page.sessions.all())
    document = page_document(
        page,
        "module",
        pillar=lambda p: [p.pillar.slug] if p.pillar else [],
    )
    document.title = f"{page.title} ({page.code} v{page.version})"
    document.body = " ".join(filter(None, [document.body, sessions]))
    return [document]


register_page(
    TrainingModulePage,
    "module",
    _("Training module"),
    queryset=lambda: (
        TrainingModulePage.objects.live()
        .public()
        .select_related("locale", "pillar")
        .prefetch_related("sessions")
    ),
    documents=module_documents,
)
