from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    """The cooperation programme: partners, timeline, and later the action plan."""

    name = "programmes"
    verbose_name = _("Programme")
