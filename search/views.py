"""The public search page, its autocomplete endpoint and the JSON API; all call `engine` only.

Every view answers GET and HEAD (`require_safe`). A page or answer built while the
database stood in for an unreachable mirror carries the outage notice and
`Cache-Control: no-store, private`: no cache may serve it after the mirror returns.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import engine
from .query import QueryError, from_params
from .results import SearchRejected

SORT_CHOICES = [("relevance", gettext_lazy("Relevance")), ("date", gettext_lazy("Newest first"))]


def reader_language():
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _not_stored_if_notice(response, results):
    if results is not None and results.notice:
        patch_cache_control(response, no_store=True, private=True)
    return response


@require_safe
def search_page(request):
    language = reader_language()
    context = {
        "query": request.GET.get("q", "")[:500],
        "sort_choices": SORT_CHOICES,
        "autocomplete_url": reverse("search:autocomplete"),
    }
    status, results = 200, None
    if request.GET.get("q", "").strip():
        try:
            query = from_params(request.GET, language)
            results = engine.search(query)
        except (QueryError, SearchRejected) as error:
            context["error"] = str(error)
            status = 400
        else:
            context.update(results=results, search_query=query)
            if not query.parsed:
                context["error"] = _("Type one or more words to search for.")
    return _not_stored_if_notice(render(request, "search/search.html", context, status=status), results)


@require_safe
def autocomplete(request):
    results = engine.autocomplete(request.GET.get("q", ""), reader_language())
    return JsonResponse({"results": results})


def _json(data, language, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = language
    return response


@require_safe
def search_api(request):
    """GET /api/search/?q=&lang=&kind=&country=&page=&sort=&all_languages=1 as JSON, in the language `lang`.

    Errors are 400 {"error": message}, the message in `lang` (or the default language if
    `lang` is unknown), whatever the reader's Accept-Language.
    """
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    answer_language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(answer_language):
        if not request.GET.get("q", "").strip():
            missing = _("Give the words to search for in the q parameter.")
            return _json({"error": missing}, answer_language, 400)
        try:
            query = from_params(request.GET, language)
            results = engine.search(query)
        except (QueryError, SearchRejected) as error:
            return _json({"error": str(error)}, answer_language, 400)
        data = results.as_json()
        if not query.parsed:
            data["error"] = _("Type one or more words to search for.")
        return _not_stored_if_notice(_json(data, answer_language), results)
