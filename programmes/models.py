"""The programme section: the partners, the cooperation's timeline and its story pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import BasePage, Person, SectionIndexPage


class ProgrammeIndexPage(SectionIndexPage):
    """The programme section's landing page; programme coordinators own everything below it."""

    subpage_types = ["programmes.ProgrammePage", "programmes.PartnerPage", "programmes.TimelinePage"]

    class Meta:
        verbose_name = _("programme section")


class ProgrammePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "programmes.ProgrammePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ProgrammePage(BasePage):
    """A story of the programme: the 2017 MoU, the 2024 action plan, the 2025 symposium."""

    date = models.DateField(_("date"), null=True, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    # Parental: drafts, revisions and previews keep the links with the rest of the page.
    pillars = ParentalManyToManyField("cms.Pillar", blank=True, verbose_name=_("pillars"))
    countries = ParentalManyToManyField("cms.Country", blank=True, verbose_name=_("countries"))
    tags = ClusterTaggableManager(through=ProgrammePageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        FieldPanel("pillars"),
        FieldPanel("countries"),
        FieldPanel("tags"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("date")]

    class Meta:
        verbose_name = _("programme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each pillar's and country's URL needs its locale: load them together, not one by one.
        context["pillars"] = self.pillars.select_related("locale")
        context["countries"] = self.countries.select_related("locale")
        return context


class PartnerPage(BasePage):
    """One of the two partners: its country, lead body and flagship practice."""

    country = models.ForeignKey(
        "cms.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )
    lead_institution = models.ForeignKey(
        "cms.Institution",
        verbose_name=_("lead institution"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    flagship_practice = models.CharField(_("flagship practice"), max_length=255, blank=True)
    languages = models.CharField(_("languages"), max_length=255, blank=True)
    time_zones = models.CharField(_("time zones"), max_length=255, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("country"),
        FieldPanel("lead_institution"),
        FieldPanel("flagship_practice"),
        FieldPanel("languages"),
        FieldPanel("time_zones"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("flagship_practice"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("partner page")


class TimelinePage(BasePage):
    """The cooperation's milestones in date order, from Banyuwangi 2014 to the 2025 symposium."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("events", label=_("events"), heading=_("Events")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.RelatedFields("events", [index.SearchField("title"), index.SearchField("description")]),
    ]

    class Meta:
        verbose_name = _("timeline page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each linked item's URL needs its locale: load them with the events, not one by one.
        context["events"] = self.events.select_related("country__locale").prefetch_related(
            models.Prefetch("people", queryset=Person.objects.select_related("locale"))
        )
        return context


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class TimelineEvent(ClusterableModel, Orderable):
    """One dated event of the timeline.

    Clusterable, so that its people (a parental many-to-many) are saved with the page's
    revisions when an editor changes them in the inline panel.
    """

    page = ParentalKey(TimelinePage, on_delete=models.CASCADE, related_name="events")
    date = models.DateField(_("date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Show only the month or the year when the exact day is not known."),
    )
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("where"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Parental: an event is edited inline on its timeline page, before either is saved.
    people = ParentalManyToManyField("cms.Person", blank=True, verbose_name=_("people"), related_name="+")

    panels = [
        FieldPanel("date"),
        FieldPanel("end_date"),
        FieldPanel("precision"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("country"),
        FieldPanel("people"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("timeline event")
        ordering = ["date", "sort_order"]
