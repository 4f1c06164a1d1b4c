"""The anonymous feedback form of an event, open from its start until some weeks after its end."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .forms import FeedbackForm
from .models import EventFeedback
from .registration_views import event_or_404, too_many_posts


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_view(request, page_id):
    """GET shows the form (or why it is closed, or thanks after `?sent=1`); POST stores one answer."""
    page = event_or_404(page_id)
    state = EventFeedback.window_state(page)
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    status = 200
    context = {"page": page, "state": state, "form": form, "sent": request.GET.get("sent") == "1"}
    if request.method == "POST":
        if state != "open":
            status = 400
        elif too_many_posts(request, "feedback"):
            context["flooded"] = True
            status = 429
        elif form.is_valid():
            EventFeedback.objects.create(
                workshop=page, event_key=page.translation_key, language=get_language(), **form.cleaned_data
            )
            return HttpResponseRedirect(reverse("workshops:feedback", args=[page.pk]) + "?sent=1")
        else:
            status = 400
    return render(request, "workshops/feedback.html", context, status=status)
