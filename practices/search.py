"""What the practices section makes searchable: practices and replication guides, with their facets.

A practice's facets: origin country (ISO code), pillars and life-journey stages (slugs), tags,
the year it was introduced (as the document's date), and two the practices app declares
itself: the service channel and the level of government (choice values, named in the
document's language). A guide inherits its practice's.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from practices.models import Level, Practice, PracticeIndexPage, ReplicationGuide, ServiceChannel
from search.documents import page_document
from search.facets import declare
from search.registry import register_page


def named_choices(name, choices):
    """A facet's (value, label) pairs from a document: the choice's label in the document's language."""

    def values(document):
        with override(document.language):
            return [(value, str(choices(value).label)) for value in document.facets.get(name, ()) if value]

    return values


declare("channel", _("Service channel"), values=named_choices("channel", ServiceChannel))
declare("level", _("Level of government"), values=named_choices("level", Level))


def practice_date(page):
    """1 January of the year introduced: the search's year facet and its "newest first" order."""
    return datetime.date(page.year_introduced, 1, 1) if page.year_introduced else None


def practice_countries(page):
    return [page.origin_country.code.lower()] if page.origin_country else []


register_page(PracticeIndexPage, "page", _("Page"))
register_page(
    Practice,
    "practice",
    _("Good practice"),
    queryset=lambda: (
        Practice.objects.live()
        .public()
        .select_related("locale", "origin_country")
        .prefetch_related("tags", "pillars", "stages")
    ),
    date=practice_date,
    country=practice_countries,
    facets={
        "channel": lambda page: [page.channel] if page.channel else [],
        "level": lambda page: [page.level] if page.level else [],
    },
)


def guide_documents(guide):
    practice = guide.get_parent().specific
    return [
        page_document(
            guide,
            "guide",
            date=lambda page: practice_date(practice),
            country=lambda page: practice_countries(practice),
            pillar=lambda page: [pillar.slug for pillar in practice.pillars.all()],
            stage=lambda page: [stage.slug for stage in practice.stages.all()],
            tags=lambda page: sorted((tag.slug, tag.name) for tag in practice.tags.all()),
            facets=lambda page: {
                "channel": [practice.channel] if practice.channel else [],
                "level": [practice.level] if practice.level else [],
            },
        )
    ]


register_page(
    ReplicationGuide,
    "guide",
    _("Replication guide"),
    queryset=lambda: ReplicationGuide.objects.live().public().select_related("locale"),
    documents=guide_documents,
)
