from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The project package plus what every app shares: home page, taxonomy, site settings."""

    name = "cms"
    verbose_name = _("Jembatan core")

    def ready(self):
        from cms import cache

        cache.connect_signals()
