"""Public routes of the practices app outside the page tree: the MPP tracker, its CSV, and the feeds."""

import csv

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from practices import feeds, tracker
from practices.models import Area, PracticeIndexPage

AREA_COLUMNS = [
    ("code", gettext_lazy("Code")),
    ("name", gettext_lazy("Name")),
    ("kind", gettext_lazy("Kind")),
    ("status", gettext_lazy("MPP status")),
    ("opened", gettext_lazy("Opened")),
]


@require_safe
def tracker_view(request):
    """The MPP tracker: `?province=<code>|all&sort=<key>`; a bad value 400, an unknown province 404."""
    context = {
        "area_columns": AREA_COLUMNS,
        "source_name": tracker.SOURCE_NAME,
        "source_licence": tracker.SOURCE_LICENCE,
        "source_url": tracker.SOURCE_URL,
    }
    status = 200
    try:
        context["tracker"] = tracker.build(request.GET)
    except tracker.TrackerError as error:
        context["tracker_error"] = str(error)
        status = 400
    except LookupError:
        raise Http404(_("There is no province with this code.")) from None
    return TemplateResponse(request, "practices/mpp_tracker.html", context, status=status)


@require_safe
def tracker_csv(request):
    """Every area as CSV in the import format (code,name,kind,mpp_status,mpp_opened_on,updated_on)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mpp-tracker.csv"'
    writer = csv.writer(response)
    writer.writerow(["code", "name", "kind", "mpp_status", "mpp_opened_on", "updated_on"])
    for area in Area.objects.order_by("code"):
        writer.writerow(
            [
                area.code,
                area.name,
                area.kind,
                area.mpp_status,
                area.mpp_opened_on.isoformat() if area.mpp_opened_on else "",
                area.updated_on.isoformat() if area.updated_on else "",
            ]
        )
    return response


def section_for_language():
    section = PracticeIndexPage.objects.live().filter(locale__language_code=get_language()).first()
    if section is None:
        raise Http404(_("The practices section is not published in this language."))
    return section


def rss(request):
    return feeds.feed_response(request, section_for_language())


def atom(request):
    return feeds.feed_response(request, section_for_language(), atom=True)
