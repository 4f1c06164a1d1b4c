"""The practices section: its index (listing and comparison), practice pages, their lineage and guides."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.clients import throttled
from cms.models import BasePage, SectionIndexPage
from practices import blocks, lineage, listing, selfcheck

from .checks import SavedCheck

# A saved self-check is a row: at most this many per client address per window.
SAVE_LIMIT = 20
SAVE_WINDOW_SECONDS = 600

RICH = ["h3", "bold", "italic", "link", "ol", "ul"]


class ServiceChannel(models.TextChoices):
    ONE_STOP_CENTRE = "one_stop_centre", _("One-stop service centre")
    DIGITAL = "digital", _("Digital service")
    MOBILE_UNIT = "mobile_unit", _("Mobile service unit")
    RAIL = "rail", _("Service on the train")
    OMNI_CHANNEL = "omni_channel", _("Omni-channel")
    COMPLAINTS = "complaints", _("Complaint channel")


class Level(models.TextChoices):
    NATIONAL = "national", _("National government")
    PROVINCIAL = "provincial", _("Provincial government")
    LOCAL = "local", _("Regency or city government")
    CITY = "city", _("City (metropolitan) government")


class Licence(models.TextChoices):
    CC_BY_4 = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA_4 = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/",
}


class PracticeIndexPage(RoutablePageMixin, SectionIndexPage):
    """The practices section: a filtered, sorted, paginated listing of practices and a comparison.

    The listing asks the site search for documents of kind "practice" with the reader's
    facets (`?country=az&pillar=...&sort=date&page=2`), so the filters mean what the search's
    filters mean. Unknown facet values answer an empty list with the selection shown; a
    malformed page number or filter answers 400 with the reason; a page past the end, 404.
    """

    subpage_types = ["practices.Practice", "cms.StandardPage"]
    max_compare = 3

    class Meta:
        verbose_name = _("practices section")

    def get_context(self, request, *args, **kwargs):
        # The section's generic child listing is replaced by the search-driven one: skip its queries.
        return super(SectionIndexPage, self).get_context(request, *args, **kwargs)

    @path("")
    def listing_view(self, request):
        outcome = listing.run(request.GET, request.LANGUAGE_CODE)
        if outcome.out_of_range:
            raise Http404(_("There is no page %(page)d of this list.") % {"page": outcome.query.page})
        practices = []
        if outcome.results is not None:
            # The index holds only public pages; checking again costs no query and shuts out a stale entry.
            by_id = (
                Practice.objects.live()
                .exclude(restricted_subtree())
                .filter(pk__in=outcome.page_ids)
                .select_related("origin_country", "origin_institution")
                .prefetch_related("pillars")
                .in_bulk()
            )
            practices = [by_id[pk] for pk in outcome.page_ids if pk in by_id]
        context = self.get_context(request)
        context.update(outcome=outcome, practices=practices, sort_choices=listing.SORT_CHOICES)
        return TemplateResponse(request, "practices/practice_index_page.html", context, status=outcome.status)

    @path("compare/")
    def compare_view(self, request):
        """Up to three practices side by side: `?p=<page id>&p=...`; a missing one is named, then 404."""
        ids, problem, status = [], "", 200
        for value in request.GET.getlist("p")[: self.max_compare + 1]:
            if not value.isdigit() or len(value) > 12:
                problem, status = _("“%(value)s” is not a practice number.") % {"value": value[:40]}, 400
                break
            ids.append(int(value))
        ids = list(dict.fromkeys(ids))
        if not problem and len(ids) > self.max_compare:
            problem, status = (
                _("Compare at most %(count)d practices at a time.") % {"count": self.max_compare},
                400,
            )
        found = (
            Practice.objects.live()
            .exclude(restricted_subtree())
            .child_of(self)
            .filter(pk__in=ids[: self.max_compare])
            .select_related("origin_country", "origin_institution")
            .prefetch_related("pillars")
            .in_bulk()
        )
        if not problem and len(found) < len(ids):
            problem, status = _("One of the practices to compare is not published or does not exist."), 404
        if not problem and len(ids) < 2:
            problem, status = _("Choose two or three practices to compare."), 400
        practices = [found[pk] for pk in ids if pk in found]
        context = self.get_context(request)
        context.update(practices=practices, problem=problem, rows=comparison_rows(practices))
        return TemplateResponse(request, "practices/practice_compare.html", context, status=status)


def comparison_rows(practices):
    """Indicator rows for the comparison table: one per indicator name, one cell per practice."""
    names = []
    cells = {}
    for column, practice in enumerate(practices):
        for block in practice.indicators:
            name = block.value["name"]
            if name not in cells:
                names.append(name)
                cells[name] = [None] * len(practices)
            cells[name][column] = block.value
    return [(name, cells[name]) for name in names]


class PracticeTag(TaggedItemBase):
    content_object = ParentalKey("practices.Practice", on_delete=models.CASCADE, related_name="tagged_items")


PUBLISHING_NEEDS = {
    "summary": _("Write a summary before publishing: listings and search results show it."),
    "origin_country": _("Choose the origin country before publishing: readers filter by it."),
    "pillars": _("Choose at least one pillar before publishing: readers filter by it."),
}


class PracticeForm(WagtailAdminPageForm):
    """Saving a draft defers the publishing rules; publishing checks them and says which field lacks what."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Say why a field is needed, not only that it is.
        for name, message in PUBLISHING_NEEDS.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message

    def _post_clean(self):
        self.instance.deferred_publish_checks = self.is_deferred_validation
        super()._post_clean()


class Practice(BasePage):
    """A good practice as a structured case: what it solved, how it works, what it achieved, its origin.

    Publishing needs a summary, an origin country and at least one pillar (drafts may lack
    them). Indicators carry their own units, years and sources (see `blocks.IndicatorBlock`).
    """

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown in listings and search results. Needed to publish."),
    )
    problem = RichTextField(_("the problem it solved"), blank=True, features=RICH)
    how_it_works = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("how it works"))
    indicators = StreamField(blocks.IndicatorsBlock(), blank=True, verbose_name=_("impact indicators"))
    lessons = RichTextField(_("lessons learned"), blank=True, features=RICH)
    origin_country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("origin country"),
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        help_text=_("Where the practice was first introduced. Needed to publish."),
    )
    origin_institution = models.ForeignKey(
        "cms.Institution",
        verbose_name=_("origin institution"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    year_introduced = models.PositiveSmallIntegerField(_("year introduced"), null=True, blank=True)
    pillars = ParentalManyToManyField("cms.Pillar", verbose_name=_("pillars"), related_name="+")
    stages = ParentalManyToManyField(
        "cms.LifeJourneyStage", blank=True, verbose_name=_("life-journey stages"), related_name="+"
    )
    channel = models.CharField(
        _("service channel"), max_length=20, choices=ServiceChannel.choices, blank=True
    )
    level = models.CharField(_("level of government"), max_length=20, choices=Level.choices, blank=True)
    recognition = StreamField(blocks.RecognitionsBlock(), blank=True, verbose_name=_("recognition"))
    tags = ClusterTaggableManager(through=PracticeTag, blank=True, verbose_name=_("tags"))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("lead image description"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    documents = StreamField(blocks.DocumentsBlock(), blank=True, verbose_name=_("documents"))
    related_practices = ParentalManyToManyField(
        "practices.Practice", blank=True, verbose_name=_("related practices"), related_name="+"
    )
    licence = models.CharField(
        _("licence of the text"), max_length=30, choices=Licence.choices, default=Licence.CC_BY_4
    )

    # Set by the admin form (True for a draft, False when publishing); None outside the admin.
    deferred_publish_checks = None

    base_form_class = PracticeForm
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = ["practices.ReplicationGuide"]
    content_panels = BasePage.content_panels + [
        FieldPanel("problem"),
        FieldPanel("how_it_works"),
        FieldPanel("indicators"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("origin_country"), FieldPanel("origin_institution")]),
                FieldPanel("year_introduced"),
                FieldPanel("pillars", required_on_save=False, widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("channel"), FieldPanel("level")]),
                FieldPanel("tags"),
            ],
            heading=_("Where it comes from and what it is about"),
        ),
        FieldPanel("recognition"),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")),
        FieldPanel("documents"),
        FieldPanel("related_practices"),
        InlinePanel("adaptations", label=_("adaptation"), heading=_("Replication lineage")),
        FieldPanel("licence"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("how_it_works"),
        index.SearchField("indicators"),
        index.SearchField("lessons"),
        index.FilterField("year_introduced"),
    ]

    class Meta:
        verbose_name = _("practice")

    def clean(self):
        super().clean()
        # In the admin the form's required fields say the same, field by field; elsewhere
        # (publishing a revision, imports, the demo) the model says it.
        if self.deferred_publish_checks is None and self.live:
            errors = self.publishing_problems()
            if errors:
                raise ValidationError(errors)
        self.clean_lineage()

    def publishing_problems(self):
        """{field: message} for what a reader needs and the page lacks; empty when it can be published."""
        problems = {}
        if not (self.summary or "").strip():
            problems["summary"] = PUBLISHING_NEEDS["summary"]
        if self.origin_country_id is None:
            problems["origin_country"] = PUBLISHING_NEEDS["origin_country"]
        if not self.pillars.all():
            problems["pillars"] = PUBLISHING_NEEDS["pillars"]
        return problems

    def clean_lineage(self):
        keys = {}
        for adaptation in self.adaptations.all():
            if adaptation.key in keys:
                raise ValidationError(
                    _("Two adaptations share the key “%(key)s”; give each its own.") % {"key": adaptation.key}
                )
            keys[adaptation.key] = adaptation.adapted_from
        for key, parent in keys.items():
            if parent and parent not in keys:
                raise ValidationError(
                    _("“%(key)s” is adapted from “%(parent)s”, which is not an adaptation of this practice.")
                    % {"key": key, "parent": parent}
                )
            seen = {key}
            while parent:
                if parent in seen:
                    raise ValidationError(
                        _("The lineage of “%(key)s” goes round in a circle.") % {"key": key}
                    )
                seen.add(parent)
                parent = keys.get(parent)

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def get_context(self, request, *args, **kwargs):
        """Everything the page shows in six queries, whatever the number of items (see the tests)."""
        context = super().get_context(request, *args, **kwargs)
        language = getattr(request, "LANGUAGE_CODE", None) or get_language()
        origin = (
            Practice.objects.filter(pk=self.pk)
            .select_related("origin_country", "origin_institution", "lead_image")
            .only("origin_country", "origin_institution", "lead_image")
            .first()
        )
        context["origin_country"] = origin.origin_country if origin else None
        context["origin_institution"] = origin.origin_institution if origin else None
        context["lead_image"] = origin.lead_image if origin else None
        # Taxonomy links are built in the page's language: no locale query per item.
        context["pillars"] = [(item, item.get_url(language)) for item in self.pillars.all()]
        context["stages"] = [(item, item.get_url(language)) for item in self.stages.all()]
        context["tags"] = list(self.tags.all())
        context["lineage"] = lineage.build(self, list(self.adaptations.select_related("region")))
        links = list(
            Page.objects.live()
            .filter(
                models.Q(path__startswith=self.path, depth=self.depth + 1)
                | models.Q(
                    pk__in=Practice.related_practices.through.objects.filter(from_practice=self.pk).values(
                        "to_practice"
                    )
                )
            )
            .exclude(restricted_subtree())
            .order_by("path")
        )
        context["guides"] = [page for page in links if page.path.startswith(self.path)]
        context["related"] = [page for page in links if not page.path.startswith(self.path)]
        context["language"] = language
        return context


def restricted_subtree():
    """A filter for pages under a view restriction, as a subquery: `.public()` costs a query of its own."""
    return models.Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(models.OuterRef("path"), 1, Length("page__path"))
        )
    )


class AdaptationStatus(models.TextChoices):
    OPERATING = "operating", _("Operating")
    BUILDING = "building", _("Being built")
    PLANNED = "planned", _("Planned")
    NETWORK = "network", _("Scaled to a network")
    DISCONTINUED = "discontinued", _("Discontinued")


class ReplicationGuideTraining(Orderable):
    """A training module or workshop that helps close a guide's gaps (linked by page, by name only)."""

    guide = ParentalKey("practices.ReplicationGuide", on_delete=models.CASCADE, related_name="training_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("training page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel("page", page_type=["workshops.TrainingModulePage", "workshops.WorkshopPage"]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related training")


class Adaptation(Orderable):
    """One replication of the practice: where, when, in what state, and what was changed and why.

    `key` names the adaptation on its page; `adapted_from` is the key of the adaptation it was
    copied from (empty: straight from the origin practice), so lineages survive translation.
    """

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="adaptations")
    key = models.SlugField(
        _("key"), max_length=60, help_text=_("A short name for this adaptation, e.g. banyuwangi-2014.")
    )
    adapted_from = models.SlugField(
        _("adapted from"),
        max_length=60,
        blank=True,
        help_text=_(
            "The key of the adaptation it was copied from; empty when it copies the practice itself."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    region = models.ForeignKey(
        "cms.Region",
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=20, choices=AdaptationStatus.choices)
    changes = models.TextField(_("what was changed and why"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("adapted_from")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("year"), FieldPanel("status")]),
        FieldPanel("changes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("adaptation")
        verbose_name_plural = _("adaptations")

    def __str__(self):
        return f"{self.name} ({self.year})"


class ReplicationGuide(RoutablePageMixin, BasePage):
    """How a region replicates its parent practice: readiness, ordered steps, cost, time, pitfalls, contacts.

    Costs are in Indonesian rupiah (IDR) as a range; the timeline in months as a range.
    Contacts are public roles at the origin institution, never private data. The guide
    carries a readiness self-check at `check/` (see `practices.selfcheck`).
    """

    readiness = StreamField(blocks.ChecklistBlock(), blank=True, verbose_name=_("readiness checklist"))
    steps = StreamField(blocks.StepsBlock(), blank=True, verbose_name=_("steps"))
    cost_min = models.DecimalField(
        _("lowest cost (IDR)"), max_digits=16, decimal_places=0, null=True, blank=True
    )
    cost_max = models.DecimalField(
        _("highest cost (IDR)"), max_digits=16, decimal_places=0, null=True, blank=True
    )
    cost_notes = models.TextField(_("what the cost covers"), blank=True)
    months_min = models.PositiveSmallIntegerField(_("shortest timeline (months)"), null=True, blank=True)
    months_max = models.PositiveSmallIntegerField(_("longest timeline (months)"), null=True, blank=True)
    timeline_notes = models.TextField(_("typical timeline"), blank=True)
    pitfalls = StreamField(blocks.PitfallsBlock(), blank=True, verbose_name=_("pitfalls"))
    contacts = StreamField(blocks.ContactsBlock(), blank=True, verbose_name=_("contacts"))

    parent_page_types = ["practices.Practice"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("readiness"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("cost_min"), FieldPanel("cost_max")]), FieldPanel("cost_notes")],
            heading=_("Cost"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("months_min"), FieldPanel("months_max")]),
                FieldPanel("timeline_notes"),
            ],
            heading=_("Timeline"),
        ),
        FieldPanel("pitfalls"),
        FieldPanel("contacts"),
        InlinePanel(
            "training_links",
            label=_("training page"),
            heading=_("Related training"),
            help_text=_(
                "Training modules and workshops that close this guide's gaps; the self-check lists them."
            ),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("readiness"),
        index.SearchField("steps"),
        index.SearchField("pitfalls"),
        index.SearchField("cost_notes"),
        index.SearchField("timeline_notes"),
    ]

    class Meta:
        verbose_name = _("replication guide")

    def clean(self):
        super().clean()
        errors = {}
        if self.cost_min is not None and self.cost_max is not None and self.cost_min > self.cost_max:
            errors["cost_max"] = _("The highest cost cannot be below the lowest.")
        if self.months_min is not None and self.months_max is not None and self.months_min > self.months_max:
            errors["months_max"] = _("The longest timeline cannot be shorter than the shortest.")
        if errors:
            raise ValidationError(errors)

    @path("")
    def guide_view(self, request):
        return self.render(request)

    def related_training(self):
        """Live, public training pages linked from this guide (modules, workshops), in editor order.

        Read as plain Wagtail pages (title, URL): the practices app names no workshops model.
        Two queries whatever the number of links.
        """
        ids = list(self.training_links.order_by("sort_order").values_list("page_id", flat=True))
        pages = Page.objects.live().public().filter(pk__in=ids)
        return sorted(pages, key=lambda page: ids.index(page.pk))

    @path("check/")
    def check_view(self, request):
        """The readiness self-check: tick what the region has, get the gaps with the steps that close them."""
        check = selfcheck.from_params(self, request.GET)
        context = self.get_context(request)
        context.update(check=check, related_training=self.related_training() if check.gaps else [])
        return TemplateResponse(request, "practices/replication_guide_check.html", context)

    @path("check/save/", name="check_save")
    def save_check_view(self, request):
        return require_POST(self._save_check)(request)

    def _save_check(self, request):
        if throttled(request, "selfcheck-save", SAVE_LIMIT, SAVE_WINDOW_SECONDS):
            return HttpResponse(
                _("Too many saved self-checks from your connection. Please try again in ten minutes."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        check = selfcheck.from_params(self, request.POST)
        saved = SavedCheck.objects.create(guide=self, ticked=sorted(check.ticked_ids))
        return redirect(self.url + self.reverse_subpage("check_saved", kwargs={"token": saved.token}))

    @re_path(r"^check/(?P<token>[A-Za-z0-9_-]{22,64})/$", name="check_saved")
    def saved_check_view(self, request, token):
        saved = SavedCheck.objects.filter(guide=self, token=token).first()
        if saved is None:
            raise Http404(_("This saved self-check does not exist."))
        check = selfcheck.from_ids(self, saved.ticked)
        context = self.get_context(request)
        context.update(
            check=check, saved=saved, related_training=self.related_training() if check.gaps else []
        )
        response = TemplateResponse(request, "practices/replication_guide_check.html", context)
        # A private link: never cached by a shared cache, never indexed.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    @property
    def practice(self):
        return self.get_parent().specific
