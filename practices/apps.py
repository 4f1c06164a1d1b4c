from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """Good practices, replication guides and the MPP tracker."""

    name = "practices"
    verbose_name = _("Good practices")
