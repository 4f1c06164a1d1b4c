"""What the training section makes searchable: its landing page, as a plain page, and its modules."""

from django.utils.translation import gettext_lazy as _

from search.registry import register_page
from workshops.models import TrainingIndexPage
from workshops.training import search as training_search  # noqa: F401  (training modules)

register_page(TrainingIndexPage, "page", _("Page"))
