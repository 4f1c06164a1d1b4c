"""Good practices and replication guides: the section page, where practices are published."""

from django.utils.translation import gettext_lazy as _

from cms.models import SectionIndexPage


class PracticeIndexPage(SectionIndexPage):
    """The practices section's landing page; lists the practices published below it."""

    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("practices section")
