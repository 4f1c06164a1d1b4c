"""Admin registration of the training section: the roster of registrations, the feedback on events."""

from wagtail import hooks

from .admin_views import FeedbackViewSet, RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackViewSet("event-feedback")
