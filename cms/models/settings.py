"""Site-wide settings editors change in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class ProgrammeSettings(BaseSiteSetting):
    """Contact details shown in the footer of every page."""

    contact_email = models.EmailField(_("public contact email"), blank=True)
    contact_address = models.TextField(_("public contact address"), blank=True)

    panels = [FieldPanel("contact_email"), FieldPanel("contact_address")]

    class Meta:
        verbose_name = _("programme settings")
