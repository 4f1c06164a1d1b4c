from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    """The training section: training-for-trainers modules and workshops."""

    name = "workshops"
    verbose_name = _("Training and workshops")
