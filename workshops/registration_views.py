"""Registration pages: the form, the confirmation, and cancellation through a signed link.

None of these responses shows a registrant's personal data except back to the person
who typed it (the re-rendered form); they are marked private and never cached.
"""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from cms.clients import throttled

from . import queries
from .forms import RegistrationForm
from .models import RegistrationStatus
from .registration import (
    AlreadyRegistered,
    RegistrationRefused,
    cancel,
    cancel_token,
    read_cancel_token,
    register,
)
from .tasks import send_confirmation

# Flood control: at most this many registration (or, counted apart, cancellation) posts per
# client address per window.
RATE_LIMIT = 10
RATE_WINDOW_SECONDS = 600


def event_or_404(page_id):
    page = queries.public_workshops().filter(pk=page_id, locale__language_code=get_language()).first()
    if page is None:
        raise Http404(_("No such event."))
    return page


def too_many_posts(request, scope="register"):
    """Count this client's posts in `scope` in the current window; True once it passes the limit."""
    return throttled(request, f"workshops-{scope}", RATE_LIMIT, RATE_WINDOW_SECONDS)


def confirm_later(request, registration):
    """Send the confirmation email once the registration is committed."""
    page_url = registration.workshop.get_full_url(request)
    cancel_url = request.build_absolute_uri(reverse("workshops:cancel", args=[cancel_token(registration)]))
    transaction.on_commit(lambda: send_confirmation.enqueue(registration.pk, page_url, cancel_url))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def register_view(request, page_id):
    """The registration form of one event; on success, a redirect to the confirmation page."""
    page = event_or_404(page_id)
    state = page.registration_state()
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    refused = ""
    status = 200
    if request.method == "POST":
        if too_many_posts(request):
            refused, status = (
                _("Too many attempts from your connection. Please try again in ten minutes."),
                429,
            )
        elif form.is_valid():
            # A new registration and one already made answer alike (the owner of the address
            # gets the email again, with its cancel link), so nobody learns from this form
            # whether someone registered.
            try:
                registration = register(page, form.cleaned_data, get_language())
            except AlreadyRegistered as already:
                registration = already.registration
            except RegistrationRefused as error:
                refused, status = str(error.message), 400
            if not refused:
                confirm_later(request, registration)
                return HttpResponseRedirect(reverse("workshops:registered", args=[page.pk]))
        else:
            status = 400
    context = {"page": page, "form": form, "state": state, "refused": refused}
    return render(request, "workshops/register.html", context, status=status)


@require_safe
def registered_view(request, page_id):
    """Where a registrant lands: the same words for everyone, nothing personal (safe to cache).

    Whether they have a seat or wait is in their email only: the page cannot tell a new
    registration from an address registered before.
    """
    page = event_or_404(page_id)
    return render(request, "workshops/registered.html", {"page": page})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def cancel_view(request, token):
    """GET asks to confirm (mail scanners that open links cancel nothing); POST cancels."""
    try:
        registration = read_cancel_token(token)
    except RegistrationRefused as error:
        return render(request, "workshops/cancel.html", {"refused": str(error.message)}, status=400)
    context = {"event": registration.workshop, "registration": registration, "done": False, "refused": ""}
    if request.method == "POST":
        if too_many_posts(request, "cancel"):
            context["refused"] = _("Too many attempts from your connection. Please try again in ten minutes.")
            return render(request, "workshops/cancel.html", context, status=429)
        try:
            _cancelled, promoted = cancel(registration.pk)
        except RegistrationRefused as error:
            context["refused"] = str(error.message)
            return render(request, "workshops/cancel.html", context, status=400)
        if promoted is not None:
            confirm_later(request, promoted)
        context["done"] = True
    elif registration.status == RegistrationStatus.CANCELLED:
        context["refused"] = _("This registration was already cancelled.")
    return render(request, "workshops/cancel.html", context)
