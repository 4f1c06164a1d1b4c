"""Operations views: the health check for load balancers, and uploaded files with their privacy.

`/health/` answers JSON: `{"status": "ok" | "failing", "checks": {"database": {...},
"cache": {...}, "search": {...}}}`, each check `{"ok": bool, "ms": float, ...}` with an
`error` when it failed; HTTP 200 when every check passed, 503 otherwise. Each check runs
in its own thread and gets HEALTH_CHECK_TIMEOUT seconds (2 by default); one that has not
answered by then is reported failed, so no dependency can hang the endpoint.

`/media/<path>` serves only what a reader may see: image renditions of images whose
collection has no view restriction (or one the request passes). Original images and
document files are never served from here (documents go through Wagtail's
`/documents/<id>/<name>` view, which applies the same collection privacy).
"""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve as serve_file

from wagtail.images import get_image_model


def check_database(timeout):
    """Open a new connection (with a connect and statement timeout) and run SELECT 1."""
    from django.db import connections

    connection = connections.create_connection("default")
    options = dict(connection.settings_dict.get("OPTIONS", {}))
    if connection.vendor == "postgresql":
        options["connect_timeout"] = max(1, int(timeout))
    elif connection.vendor == "sqlite":
        options["timeout"] = timeout
    connection.settings_dict = {**connection.settings_dict, "OPTIONS": options}
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET statement_timeout = %s", [int(timeout * 1000)])
            cursor.execute("SELECT 1")
            return {"engine": connection.vendor, "answer": cursor.fetchone()[0]}
    finally:
        connection.close()


def check_cache(timeout):
    """Write and read back a value in the page cache (the one that holds the content version)."""
    from cms.cache import page_cache

    cache = page_cache()
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 30)
    read = cache.get(key)
    cache.delete(key)
    if read != value:
        raise RuntimeError("the value written was not read back")
    return {"backend": type(cache).__name__}


def check_search(timeout):
    """Elasticsearch: the cluster answers a ping; the database search: nothing beyond the database."""
    from search.engine import get_backend

    backend = get_backend()
    client = getattr(backend, "client", None)
    if client is None:
        return {"engine": "database"}
    if not client.options(request_timeout=timeout).ping():
        raise RuntimeError("Elasticsearch did not answer the ping")
    return {"engine": "elasticsearch"}


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


def _timed(check, timeout):
    started = time.monotonic()
    try:
        details = check(timeout)
        return {"ok": True, **details, "ms": round((time.monotonic() - started) * 1000, 1)}
    except Exception as error:  # a health check reports every failure, whatever it is
        return {
            "ok": False,
            "error": f"{type(error).__name__}: {error}"[:300],
            "ms": round((time.monotonic() - started) * 1000, 1),
        }


@never_cache
@require_safe
def health(request):
    timeout = settings.HEALTH_CHECK_TIMEOUT
    executor = ThreadPoolExecutor(max_workers=len(CHECKS), thread_name_prefix="health")
    futures = {name: executor.submit(_timed, check, timeout) for name, check in CHECKS.items()}
    deadline = time.monotonic() + timeout
    results = {}
    for name, future in futures.items():
        try:
            results[name] = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            results[name] = {"ok": False, "error": f"no answer within {timeout:g} s", "ms": timeout * 1000}
    # Never wait for a check that hangs: its thread ends on its own socket timeout.
    executor.shutdown(wait=False, cancel_futures=True)
    healthy = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": results}, status=200 if healthy else 503
    )


@require_safe
def media(request, path):
    """An uploaded image rendition, if its image's collection is public to this request."""
    if not path.startswith("images/") or ".." in path.split("/"):
        raise Http404
    Rendition = get_image_model().get_rendition_model()
    rendition = Rendition.objects.select_related("image__collection").filter(file=path).first()
    if rendition is None:
        raise Http404
    restrictions = list(rendition.image.collection.get_view_restrictions())
    if not all(restriction.accept_request(request) for restriction in restrictions):
        raise Http404
    response = serve_file(request, path, document_root=settings.MEDIA_ROOT)
    if restrictions:
        patch_cache_control(response, private=True, max_age=0)
    else:
        # A rendition's file name changes with its image, so it can be kept a long time.
        patch_cache_control(response, public=True, max_age=60 * 60 * 24 * 30)
    return response
