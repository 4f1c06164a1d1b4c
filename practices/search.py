"""What the practices section makes searchable: practices and replication guides, with their facets.

A practice's facets: origin country (ISO code), pillars and life-journey stages (slugs), tags,
and the year it was introduced (as the document's date). A guide inherits its practice's.
The search's facet list has no channel or level of government yet, so those are not facets.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from practices.models import Practice, PracticeIndexPage, ReplicationGuide
from search.documents import page_document
from search.registry import register_page


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
        )
    ]


register_page(
    ReplicationGuide,
    "guide",
    _("Replication guide"),
    queryset=lambda: ReplicationGuide.objects.live().public().select_related("locale"),
    documents=guide_documents,
)
