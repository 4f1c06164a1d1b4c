"""Admin registration of the action plan: its snippets, the coordinators' dashboard and import."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from programmes.actionplan import admin as actionplan_admin
from programmes.actionplan.records import Activity, Indicator


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "list-ul"
    menu_label = _("Activities")
    list_display = ["code", "title", "plan", "responsible_institution", "weight"]
    list_filter = ["plan"]
    search_fields = ["title", "title_en", "code"]
    ordering = ["sort_order", "code"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "order"
    menu_label = _("Indicators")
    list_display = ["name", "activity", "unit", "baseline_value", "target_value"]
    list_filter = ["activity"]
    ordering = ["activity__code", "pk"]


class ActionPlanViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Action plan")
    menu_icon = "calendar-check"
    menu_order = 250
    items = (ActivityViewSet, actionplan_admin.MilestoneViewSet, IndicatorViewSet)


register_snippet(ActionPlanViewSetGroup)


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [path("action-plan/", include((actionplan_admin.urlpatterns, "programmes_actionplan")))]


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return actionplan_admin.can_coordinate(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return CoordinatorMenuItem(
        _("Action plan dashboard"),
        reverse("programmes_actionplan:dashboard"),
        icon_name="calendar-check",
        order=240,
    )
