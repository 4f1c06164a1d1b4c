"""What the programme section makes searchable: its pages, and each timeline event on its own."""

from django.utils.translation import gettext_lazy as _

from programmes.models import ActionPlanPage, PartnerPage, ProgrammeIndexPage, ProgrammePage, TimelinePage
from search.documents import SearchDocument, page_document, plain_text
from search.registry import register_page

register_page(ProgrammeIndexPage, "page", _("Page"))
register_page(
    ProgrammePage,
    "programme",
    _("Programme story"),
    queryset=lambda: (
        ProgrammePage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("tags", "pillars", "countries")
    ),
)
register_page(
    PartnerPage,
    "partner",
    _("Partner"),
    queryset=lambda: PartnerPage.objects.live().public().select_related("locale", "country"),
)


def timeline_documents(page):
    """The timeline page, and one `event` document per event linking to its anchor on the page."""
    documents = [page_document(page, "timeline")]
    base = documents[0]
    for event in page.events.all():
        documents.append(
            SearchDocument(
                key=f"{base.source}#event-{event.pk}",
                source=base.source,
                kind="event",
                language=base.language,
                title=event.title,
                summary=page.title,
                body=" ".join(
                    filter(
                        None, [plain_text(event.description), *(person.name for person in event.people.all())]
                    )
                ),
                url=f"{base.url}#event-{event.pk}",
                # Translations copy the events in order, so the position pairs them across languages.
                translation_key=f"{base.translation_key}#{event.sort_order}",
                date=event.date,
                country=[event.country.code.lower()] if event.country else [],
            )
        )
    return documents


register_page(
    TimelinePage,
    "timeline",
    _("Timeline"),
    queryset=lambda: (
        TimelinePage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("events__country", "events__people")
    ),
    documents=timeline_documents,
    extra_kinds={"event": _("Timeline event")},
)


# The action plan: its goals and period; its milestones are records, found on the plan's page.
register_page(
    ActionPlanPage, "actionplan", _("Action plan"), date=lambda page: page.signed_on or page.starts_on
)
