from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The project package plus what every app shares: home page, taxonomy, site settings."""

    name = "cms"
    verbose_name = _("Jembatan core")

    def ready(self):
        from wagtail.models import Locale
        from wagtail.query import PageQuerySet

        from cms import cache

        cache.connect_signals()
        # `.public()` reads the view restrictions from the content-version cache, not the database.
        PageQuerySet.private_q = cache.private_q
        # `Locale.get_active()` (every `page.localized`) from the same cache.
        Locale.get_active = classmethod(lambda cls: cache.current_locale())
