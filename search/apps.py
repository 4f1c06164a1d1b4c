"""App configuration of the public search."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The public search over every content kind, on the database or Elasticsearch."""

    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import registry, signals

        registry.autodiscover()
        signals.connect()
