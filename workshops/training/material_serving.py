"""Downloads of a private module's materials answer as the module's page does (`before_serve_document`)."""

from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from workshops.training.models import TrainingModuleMaterial


def private_module_material_response(document, request):
    """The password form or sign-in redirect for a document only private modules use, else None.

    Collection privacy protects a document wherever it is used; a module made private with
    the page's own privacy setting (a password for the ToT participants, say) would still
    leave its materials in a public collection downloadable by anyone with the link. So a
    document used as material by live modules only, every one of them under a view
    restriction this reader has not passed, answers as the module's page would: Wagtail's
    password form (which then returns to the download), or the sign-in. A document that a
    public module or no module uses is left to Wagtail. Two queries for a material.
    """
    uses = TrainingModuleMaterial.objects.filter(document=document).values("page_id")
    refused = None
    for page in Page.objects.live().filter(pk__in=uses).order_by("pk"):
        failing = [r for r in page.get_view_restrictions() if not r.accept_request(request)]
        if not failing:
            return None
        refused = refused or (page, failing[0])
    if refused is None:
        return None
    page, restriction = refused
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        response = page.specific.serve_password_required_response(request, form, action_url)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
