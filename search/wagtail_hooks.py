"""Editors see on the admin dashboard when their changes are waiting for the search mirror."""

from django.utils.functional import cached_property

from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import outbox
from .mirror import get_mirror


class PendingSearchChangesPanel(Component):
    """'N changes wait for the search index': shown only while a mirror has changes to apply."""

    name = "search_pending_changes"
    order = 50
    template_name = "search/admin/pending_changes_panel.html"

    @cached_property
    def waiting(self):
        return outbox.count()

    def get_context_data(self, parent_context=None):
        return {"waiting": self.waiting}


@hooks.register("construct_homepage_panels")
def add_pending_changes_panel(request, panels):
    if get_mirror() is None:
        return
    panel = PendingSearchChangesPanel()
    if panel.waiting:
        panels.insert(0, panel)
