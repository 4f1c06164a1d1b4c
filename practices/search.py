"""What the good practices section makes searchable: its landing page, as a plain page."""

from django.utils.translation import gettext_lazy as _

from practices.models import PracticeIndexPage
from search.registry import register_page

register_page(PracticeIndexPage, "page", _("Page"))
