"""Admin registration of the training section: the coordinators' roster of event registrations."""

from wagtail import hooks

from .admin_views import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")
