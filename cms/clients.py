"""Who is asking: the client's address behind the site's own proxies, and a flood limit per address.

`client_address(request)`: with `TRUSTED_PROXY_HOPS = n` (environment `TRUSTED_PROXY_HOPS`,
default 0), the n-th address from the right of `X-Forwarded-For`, the one the outermost of
our own proxies saw; with 0, `REMOTE_ADDR`. Only hops we run may be trusted: a client can
write anything to the left of them.

`throttled(request, scope, limit, seconds)`: counts this client's requests in `scope` (a
short name, e.g. "register") in a window of `seconds` in the default cache, and answers
True once the count passes `limit`. Scopes count apart, so a reader who registered ten
times can still cancel.
"""

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's IP address as text ("" when unknown)."""
    hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    if hops > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def throttled(request, scope, limit, seconds):
    """True once this client has made more than `limit` requests in `scope` within `seconds`."""
    key = f"throttle:{scope}:{client_address(request)}"
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        return False
