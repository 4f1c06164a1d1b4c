"""The MPP tracker: every Indonesian province, regency and city by official code, and the national count."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from cms.models import MPPStatus, RegionKind


class Area(models.Model):
    """A province (code "35"), regency or city (code "35.10") with the state of its public service mall.

    Codes and names come from the official-code dataset shipped by the `idn-area-data`
    package (see `practices/data/README.md`); only the MPP fields are edited here.
    """

    code = models.CharField(_("official code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=RegionKind.choices)
    province = models.ForeignKey(
        "self",
        verbose_name=_("province"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="areas",
        limit_choices_to={"kind": RegionKind.PROVINCE},
    )
    mpp_status = models.CharField(
        _("MPP status"), max_length=20, choices=MPPStatus.choices, default=MPPStatus.NONE
    )
    mpp_opened_on = models.DateField(_("MPP opening date"), null=True, blank=True)
    updated_on = models.DateField(_("status checked on"), null=True, blank=True)

    panels = [FieldPanel("mpp_status"), FieldPanel("mpp_opened_on"), FieldPanel("updated_on")]

    class Meta:
        verbose_name = _("area (MPP tracker)")
        verbose_name_plural = _("areas (MPP tracker)")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class NationalCount(models.Model):
    """How many MPPs operate in Indonesia on a date, as a source reported it (not counted from `Area`)."""

    count = models.PositiveIntegerField(_("operating MPPs"))
    as_of = models.DateField(_("as of"))
    source = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), blank=True)

    panels = [FieldPanel("count"), FieldPanel("as_of"), FieldPanel("source"), FieldPanel("source_url")]

    class Meta:
        verbose_name = _("national MPP count")
        verbose_name_plural = _("national MPP counts")
        ordering = ["-as_of"]
        constraints = [models.UniqueConstraint(fields=["as_of"], name="practices_national_count_date")]

    def __str__(self):
        return f"{self.count} ({self.as_of:%Y-%m})"
