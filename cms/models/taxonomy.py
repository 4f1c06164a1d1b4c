"""The shared taxonomy: countries, institutions, regions, people, pillars and life-journey stages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyItem(TranslatableMixin, ClusterableModel):
    """Base of every taxonomy snippet: a translatable name with a slug and a public page.

    The slug is shared by all translations of an item (it is copied with the
    translation), so /id/regions/banyuwangi/ and /en/regions/banyuwangi/ are one item.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Part of the address of this item's public page; the same in every language."),
    )

    # The URL name of the public detail view, set by each subclass.
    url_name = ""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100] or "item"
        super().save(*args, **kwargs)

    def get_url(self, language=None):
        from cms.cache import locale_by_id

        # The locale from the cache: a list of items costs no query per item for its language.
        with override(language or locale_by_id(self.locale_id).language_code):
            return reverse(self.url_name, kwargs={"slug": self.slug})

    get_absolute_url = get_url


class TaggedTaxonomy(TaggedItemBase):
    """Abstract base for the free-tag links of taxonomy snippets."""

    class Meta:
        abstract = True


class Country(TaxonomyItem):
    """A country taking part in, or cited by, the programme (Indonesia, Azerbaijan, Georgia, ...)."""

    code = models.CharField(
        _("ISO code"), max_length=2, help_text=_("Two-letter ISO 3166 code, e.g. ID or AZ.")
    )
    is_partner = models.BooleanField(
        _("programme partner"), default=False, help_text=_("One of the two cooperating countries.")
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    url_name = "taxonomy:country"

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("code"),
        FieldPanel("is_partner"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("code")]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_country_slug_per_locale"),
        ]


class InstitutionKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    AGENCY = "agency", _("State agency")
    REGIONAL_OFFICE = "regional_office", _("Regional office (DPMPTSP)")
    REGIONAL_GOVERNMENT = "regional_government", _("Regional government")
    SERVICE_CENTRE = "service_centre", _("Service centre")
    OTHER = "other", _("Other")


class Institution(TaxonomyItem):
    """A body that takes part: KemenPANRB, the Azerbaijani State Agency, a region's DPMPTSP, ..."""

    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=InstitutionKind.choices, default=InstitutionKind.OTHER
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="institutions",
    )
    region = models.ForeignKey(
        "cms.Region",
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="institutions",
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    tags = ClusterTaggableManager(through="cms.TaggedInstitution", blank=True, verbose_name=_("tags"))

    url_name = "taxonomy:institution"

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_institution_slug_per_locale"),
        ]


class TaggedInstitution(TaggedTaxonomy):
    content_object = ParentalKey(Institution, on_delete=models.CASCADE, related_name="tagged_items")


class RegionKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    REGENCY = "regency", _("Regency (kabupaten)")
    CITY = "city", _("City (kota)")


class MPPStatus(models.TextChoices):
    OPERATING = "operating", _("Operating")
    UNDER_CONSTRUCTION = "under_construction", _("Under construction")
    PLANNED = "planned", _("Planned")
    NONE = "none", _("None")


class TimeZone(models.TextChoices):
    WIB = "Asia/Jakarta", _("WIB (UTC+7)")
    WITA = "Asia/Makassar", _("WITA (UTC+8)")
    WIT = "Asia/Jayapura", _("WIT (UTC+9)")
    BAKU = "Asia/Baku", _("Baku (UTC+4)")


class Region(TaxonomyItem):
    """An Indonesian province, regency or city, with the state of its public service mall (MPP)."""

    kind = models.CharField(_("kind"), max_length=20, choices=RegionKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("province"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"kind": RegionKind.PROVINCE},
        help_text=_("The province a regency or city belongs to."),
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="regions"
    )
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TimeZone.choices, default=TimeZone.WIB
    )
    mpp_status = models.CharField(
        _("MPP status"), max_length=20, choices=MPPStatus.choices, default=MPPStatus.NONE
    )
    mpp_opened_on = models.DateField(
        _("MPP opening date"),
        null=True,
        blank=True,
        help_text=_("When the public service mall opened (or is planned to open)."),
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    tags = ClusterTaggableManager(through="cms.TaggedRegion", blank=True, verbose_name=_("tags"))

    url_name = "taxonomy:region"

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("country"),
        FieldPanel("time_zone"),
        FieldPanel("mpp_status"),
        FieldPanel("mpp_opened_on"),
        FieldPanel("description"),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("mpp_status"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_region_slug_per_locale"),
        ]

    def clean(self):
        if self.parent_id and self.kind == RegionKind.PROVINCE:
            raise ValidationError({"parent": _("A province has no parent province.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A region cannot be its own province.")})


class TaggedRegion(TaggedTaxonomy):
    content_object = ParentalKey(Region, on_delete=models.CASCADE, related_name="tagged_items")


class Person(TaxonomyItem):
    """An official or trainer. Contact details are for the admin only and never shown publicly."""

    role = models.CharField(_("role"), max_length=255, help_text=_("Position, e.g. Regent of Belu."))
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
    )
    is_trainer = models.BooleanField(_("trainer"), default=False)
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    email = models.EmailField(
        _("email (private)"), blank=True, help_text=_("Visible to editors only, never published.")
    )
    phone = models.CharField(
        _("phone (private)"),
        max_length=40,
        blank=True,
        help_text=_("Visible to editors only, never published."),
    )

    url_name = "taxonomy:person"

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("institution"),
        FieldPanel("is_trainer"),
        FieldPanel("biography"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("is_trainer"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_person_slug_per_locale"),
        ]


class Pillar(TaxonomyItem):
    """One of the four pillars of the cooperation (Symposium 2025)."""

    number = models.PositiveSmallIntegerField(_("number"))
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    url_name = "taxonomy:pillar"

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("pillar")
        verbose_name_plural = _("pillars")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_pillar_slug_per_locale"),
        ]


class LifeJourneyStage(TaxonomyItem):
    """A stage of the citizen's life journey: birth, education, work, entrepreneurship, old age."""

    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    url_name = "taxonomy:stage"

    panels = [FieldPanel("order"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("life-journey stage")
        verbose_name_plural = _("life-journey stages")
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_stage_slug_per_locale"),
        ]
