"""Registering for an event and cancelling: seats, waiting list, signed cancellation links.

The seat count is read and the registration written in one transaction that first locks
the event's page rows (`SELECT ... FOR UPDATE` on PostgreSQL; SQLite runs write
transactions one at a time, `transaction_mode=IMMEDIATE`), so two readers racing for the
last seat never both get it. A duplicate (same email, same event, not cancelled) is
refused by a unique constraint, which also holds under a race.
"""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from .models import Registration, RegistrationStatus, WorkshopPage

CANCEL_SALT = "workshops.registration.cancel"


class AlreadyRegistered(Exception):
    """The email is already registered (waiting or confirmed) for the event: `registration` is that one."""

    def __init__(self, registration):
        super().__init__(registration.pk)
        self.registration = registration


class RegistrationRefused(Exception):
    """The registration was not stored; `message` says why, in the reader's words."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _lock_event(page):
    """Lock every translation of the event, in primary-key order (no deadlock between two locks)."""
    locked = WorkshopPage.objects.select_for_update(of=("self",)).filter(translation_key=page.translation_key)
    return list(locked.order_by("pk").values_list("pk", flat=True))


def confirmed_count(event_key):
    return Registration.objects.filter(event_key=event_key, status=RegistrationStatus.CONFIRMED).count()


def register(page, data, language, now=None):
    """Store a registration from cleaned form `data`; confirmed while seats remain, else waiting.

    Raises RegistrationRefused when registration is not open, AlreadyRegistered (with the
    existing registration) when the email is already registered for this event. Returns the
    saved Registration.
    """
    state = page.registration_state(now)
    if state != "open":
        raise RegistrationRefused(CLOSED_MESSAGES[state])
    try:
        with transaction.atomic():
            _lock_event(page)
            taken = confirmed_count(page.translation_key)
            # No capacity set (only possible for a page made in code): no limit, nobody waits.
            has_seat = page.capacity is None or taken < page.capacity
            status = RegistrationStatus.CONFIRMED if has_seat else RegistrationStatus.WAITING
            return Registration.objects.create(
                workshop=page, event_key=page.translation_key, status=status, language=language, **data
            )
    except IntegrityError:
        existing = (
            Registration.objects.filter(event_key=page.translation_key, email=data["email"])
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if existing is None:  # cancelled between the insert and this read: let them try again
            raise RegistrationRefused(_("Please try again.")) from None
        raise AlreadyRegistered(existing) from None


def cancel(registration_id):
    """Cancel a registration and move the first person waiting up to its seat.

    Returns `(registration, promoted)`; `promoted` is the registration that got the seat,
    or None. Raises RegistrationRefused when it was cancelled already (a replayed link).
    """
    with transaction.atomic():
        registration = Registration.objects.select_related("workshop").get(pk=registration_id)
        _lock_event(registration.workshop)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            raise RegistrationRefused(_("This registration was already cancelled."))
        freed_seat = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if freed_seat:
            promoted = (
                Registration.objects.filter(
                    event_key=registration.event_key, status=RegistrationStatus.WAITING
                )
                .order_by("created_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = RegistrationStatus.CONFIRMED
                promoted.save(update_fields=["status"])
        return registration, promoted


def _email_digest(email):
    """A keyed digest of the address: binds a token to it without putting the address in the URL."""
    return salted_hmac(CANCEL_SALT, email.strip().lower(), algorithm="sha256").hexdigest()[:20]


def cancel_token(registration):
    """A signed token naming one registration, bound to its email by a digest (never the address
    itself: links end up in browser histories and server logs)."""
    return signing.dumps({"r": registration.pk, "e": _email_digest(registration.email)}, salt=CANCEL_SALT)


def read_cancel_token(token):
    """The registration a cancellation token names; RegistrationRefused if tampered or unknown."""
    try:
        payload = signing.loads(token, salt=CANCEL_SALT)
        registration = Registration.objects.select_related("workshop").get(pk=payload["r"])
        if not constant_time_compare(payload["e"], _email_digest(registration.email)):
            raise Registration.DoesNotExist
        return registration
    except (signing.BadSignature, Registration.DoesNotExist, KeyError, TypeError, ValueError):
        raise RegistrationRefused(_("This cancellation link is not valid.")) from None


CLOSED_MESSAGES = {
    "none": _("This event does not take registrations."),
    "not_yet": _("Registration has not opened yet."),
    "closed": _("Registration is closed."),
    "cancelled": _("This event has been cancelled."),
}
