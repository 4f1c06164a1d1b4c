"""Admin registration of the training section: the roster of registrations, the feedback on events,
and the feedback results per module version for the module's trainers."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import FeedbackViewSet, RegistrationViewSet
from .module_feedback import ModuleFeedbackDetailView, ModuleFeedbackIndexView, may_read_module_feedback
from .training.material_serving import private_module_material_response


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackViewSet("event-feedback")


module_feedback_urls = [
    path("", ModuleFeedbackIndexView.as_view(), name="index"),
    path("<int:release_id>/", ModuleFeedbackDetailView.as_view(), name="detail"),
]


@hooks.register("register_admin_urls")
def register_module_feedback_urls():
    return [path("module-feedback/", include((module_feedback_urls, "workshops_module_feedback")))]


class ModuleFeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_module_feedback(request.user)


@hooks.register("register_admin_menu_item")
def register_module_feedback_menu_item():
    return ModuleFeedbackMenuItem(
        _("Feedback by module version"),
        reverse("workshops_module_feedback:index"),
        icon_name="comment",
        order=260,
    )


@hooks.register("before_serve_document")
def protect_private_module_materials(document, request):
    return private_module_material_response(document, request)
