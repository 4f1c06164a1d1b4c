"""What the training section makes searchable: its landing page, as a plain page."""

from django.utils.translation import gettext_lazy as _

from search.registry import register_page
from workshops.models import TrainingIndexPage

register_page(TrainingIndexPage, "page", _("Page"))
