"""The plan's public files: milestones as CSV and XLSX, due dates as .ics.

Only a live plan page without a view restriction has files; they carry only what its
public page shows (public evidence; no editor names, no history reasons). Each answers
GET and HEAD with an ETag that is the digest of the file itself, so a client's
conditional GET gets 304 until its content changes.
"""

import hashlib

from django.http import Http404, HttpResponse
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_safe

from programmes.actionplan import exports
from programmes.actionplan.page import ActionPlanPage

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ics": "text/calendar; charset=utf-8",
}


def public_plan(pk):
    plan = ActionPlanPage.objects.live().public().filter(pk=pk).first()
    if plan is None:
        raise Http404
    return plan


def _file(request, pk, kind):
    plan = public_plan(pk)
    state = plan.progress_context()
    data = exports.csv_bytes(state)
    # A digest of what every format is made from (the milestones' rows, the activities, the
    # plan's title and language): the same content gives the same tag on every server.
    etag = '"{}"'.format(
        hashlib.sha256(
            repr((data, exports.activity_rows(state), kind, plan.title, plan.locale_id)).encode()
        ).hexdigest()[:32]
    )
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified
    if kind == "csv":
        body = data
    elif kind == "xlsx":
        body = exports.xlsx_bytes(state, plan.title)
    else:
        body = exports.ics_bytes(state, plan, request.get_host())
    response = HttpResponse(body, content_type=FORMATS[kind])
    response["ETag"] = etag
    disposition = "inline" if kind == "ics" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{plan.slug}-milestones.{kind}"'
    return response


@require_safe
def milestones_csv(request, pk):
    return _file(request, pk, "csv")


@require_safe
def milestones_xlsx(request, pk):
    return _file(request, pk, "xlsx")


@require_safe
def milestones_ics(request, pk):
    return _file(request, pk, "ics")
