from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The project package plus what every app shares: home page, taxonomy, site settings.

    At start-up it discovers each installed app's kit modules: `figures.py` (home-page
    figures) here, `demo.py` when `load_demo` runs, `urls.py` when `cms.urls` is loaded.
    """

    name = "cms"
    verbose_name = _("Jembatan core")

    def ready(self):
        from wagtail.models import Locale
        from wagtail.query import PageQuerySet

        from cms import cache, figures, panels, taxonomy_figures  # noqa: F401  (registers the core's figures)

        cache.connect_signals()
        figures.autodiscover()
        panels.autodiscover()
        # `.public()` reads the view restrictions from the content-version cache, not the database.
        PageQuerySet.private_q = cache.private_q
        # `Locale.get_active()` (every `page.localized`) from the same cache.
        Locale.get_active = classmethod(lambda cls: cache.current_locale())
