"""The training section: training-for-trainers modules and workshops are published below it."""

from django.utils.translation import gettext_lazy as _

from cms.models import SectionIndexPage


class TrainingIndexPage(SectionIndexPage):
    """The training section's landing page; trainers own everything below it."""

    subpage_types = ["cms.StandardPage", "workshops.TrainingModulePage"]

    class Meta:
        verbose_name = _("training section")


from workshops.training.models import *  # noqa: E402, F403  (training modules, issue 11)
