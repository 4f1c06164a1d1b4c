"""The training section: training-for-trainers modules and workshops are published below it."""

from django.utils.translation import gettext_lazy as _

from cms.models import SectionIndexPage
from workshops.training.listing import TrainingModuleListingMixin
from workshops.training.models import *  # noqa: F403  (training modules, issue 11)


class TrainingIndexPage(TrainingModuleListingMixin, SectionIndexPage):
    """The training section's landing page; trainers own everything below it."""

    subpage_types = ["cms.StandardPage", "workshops.TrainingModulePage"]

    class Meta:
        verbose_name = _("training section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.module_listing(request))
        return context
