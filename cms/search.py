"""What the cms app makes searchable: the home and plain pages, and the taxonomy with public pages."""

from django.utils.translation import gettext_lazy as _

from cms.models import Country, HomePage, Institution, LifeJourneyStage, Person, Pillar, Region, StandardPage
from search.documents import plain_text, snippet_document, tags_of
from search.registry import SearchKind, register, register_page

register_page(HomePage, "page", _("Page"))
register_page(StandardPage, "page", _("Page"))


def taxonomy_kind(model, name, label, queryset, document, facet_labels=None):
    register(
        SearchKind(
            name=name,
            label=label,
            model=model,
            queryset=queryset,
            documents=lambda obj: [document(obj)],
            facet_labels=facet_labels,
        )
    )


taxonomy_kind(
    Country,
    "country",
    _("Country"),
    lambda: Country.objects.select_related("locale"),
    lambda c: snippet_document(c, "country", body=plain_text(c.description), country=[c.code.lower()]),
    lambda c: [("country", c.code.lower(), c.name)],
)
taxonomy_kind(
    Institution,
    "institution",
    _("Institution"),
    lambda: Institution.objects.select_related("locale", "country", "region").prefetch_related("tags"),
    lambda i: snippet_document(
        i,
        "institution",
        summary=i.short_name,
        body=plain_text(i.description),
        country=[i.country.code.lower()],
        region=[i.region.slug] if i.region else [],
        tags=tags_of(i),
    ),
)
taxonomy_kind(
    Region,
    "region",
    _("Region"),
    lambda: Region.objects.select_related("locale", "country", "parent").prefetch_related("tags"),
    lambda r: snippet_document(
        r,
        "region",
        summary=" · ".join(filter(None, [r.get_kind_display(), r.parent.name if r.parent else ""])),
        body=plain_text(r.description),
        country=[r.country.code.lower()],
        region=[r.slug] + ([r.parent.slug] if r.parent else []),
        date=r.mpp_opened_on,
        tags=tags_of(r),
    ),
    lambda r: [("region", r.slug, r.name)],
)
# Contact details (email, phone) are private: they never reach a document.
taxonomy_kind(
    Person,
    "person",
    _("Person"),
    lambda: Person.objects.select_related("locale", "institution__country"),
    lambda p: snippet_document(
        p,
        "person",
        summary=p.role,
        body=plain_text(p.biography),
        country=[p.institution.country.code.lower()] if p.institution else [],
    ),
)
taxonomy_kind(
    Pillar,
    "pillar",
    _("Pillar"),
    lambda: Pillar.objects.select_related("locale"),
    lambda p: snippet_document(p, "pillar", body=plain_text(p.description), pillar=[p.slug]),
    lambda p: [("pillar", p.slug, p.name)],
)
taxonomy_kind(
    LifeJourneyStage,
    "stage",
    _("Life-journey stage"),
    lambda: LifeJourneyStage.objects.select_related("locale"),
    lambda s: snippet_document(s, "stage", body=plain_text(s.description), stage=[s.slug]),
    lambda s: [("stage", s.slug, s.name)],
)
