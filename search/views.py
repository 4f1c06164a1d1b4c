"""The public search page, its autocomplete endpoint and the JSON API; all call `engine` only."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import engine
from .query import QueryError, from_params

SORT_CHOICES = [("relevance", gettext_lazy("Relevance")), ("date", gettext_lazy("Newest first"))]


def reader_language():
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@require_GET
def search_page(request):
    language = reader_language()
    context = {
        "query": request.GET.get("q", "")[:500],
        "sort_choices": SORT_CHOICES,
        "autocomplete_url": reverse("search:autocomplete"),
    }
    status = 200
    if request.GET.get("q", "").strip():
        try:
            query = from_params(request.GET, language)
        except QueryError as error:
            context["error"] = str(error)
            status = 400
        else:
            results = engine.search(query)
            context.update(results=results, search_query=query)
            if not query.parsed:
                context["error"] = _("Type one or more words to search for.")
    return render(request, "search/search.html", context, status=status)


@require_GET
def autocomplete(request):
    results = engine.autocomplete(request.GET.get("q", ""), reader_language())
    return JsonResponse({"results": results})


@require_GET
def search_api(request):
    """GET /api/search/?q=&lang=&kind=&country=&page=&sort=&all_languages=1 as JSON."""
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if not request.GET.get("q", "").strip():
        return JsonResponse({"error": _("Give the words to search for in the q parameter.")}, status=400)
    try:
        query = from_params(request.GET, language)
    except QueryError as error:
        return JsonResponse({"error": str(error)}, status=400)
    with translation.override(language):
        results = engine.search(query)
        data = results.as_json()
    if not query.parsed:
        data["error"] = _("Type one or more words to search for.")
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
