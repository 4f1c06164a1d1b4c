"""Background work of the training section: the registration confirmation email.

Enqueued after the registration commits, so a slow mail server never holds the
reader's request (with a queue backend; Django's default backend runs it at once).
"""

from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation

from . import ics
from .models import Registration, RegistrationStatus


@task
def send_confirmation(registration_id, page_url, cancel_url):
    """Email the registrant their status, the event's `.ics` and the cancellation link.

    Arguments are plain values (the task may run in another process): the registration's
    primary key and two absolute URLs. Does nothing if the registration is gone or cancelled.
    """
    registration = (
        Registration.objects.select_related("workshop__country", "workshop__locale")
        .filter(pk=registration_id)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )
    if registration is None:
        return
    page = registration.workshop
    with translation.override(registration.language):
        body = render_to_string(
            "workshops/email/confirmation.txt",
            {"registration": registration, "page": page, "page_url": page_url, "cancel_url": cancel_url},
        )
        subject = " ".join(
            render_to_string("workshops/email/confirmation_subject.txt", {"page": page}).split()
        )
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    message.attach(f"{page.slug}.ics", ics.calendar([page], {page.pk: page_url}, page.title), "text/calendar")
    message.send()
