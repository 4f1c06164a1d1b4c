"""The client's address behind our own proxies, and flood limits counted per scope."""

import pytest

from django.core.cache import cache
from django.test import RequestFactory, override_settings

from cms.clients import client_address, throttled


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request(remote="10.0.0.9", forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().post("/", REMOTE_ADDR=remote, **extra)


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "203.0.113.7, 198.51.100.2", "10.0.0.9"),  # no proxy trusted: the peer
        (1, "203.0.113.7, 198.51.100.2", "198.51.100.2"),  # what our one proxy saw
        (2, "1.1.1.1, 203.0.113.7, 198.51.100.2", "203.0.113.7"),  # a forged left part ignored
        (1, "", "10.0.0.9"),  # no header: the peer
    ],
)
def test_client_address_trusts_only_our_own_hops(hops, forwarded, expected):
    with override_settings(TRUSTED_PROXY_HOPS=hops):
        assert client_address(request(forwarded=forwarded)) == expected


@override_settings(TRUSTED_PROXY_HOPS=1)
def test_throttled_counts_each_client_and_scope_apart():
    alice = request(forwarded="203.0.113.7")
    bob = request(forwarded="203.0.113.8")

    alice_register = [throttled(alice, "register", 2, 60) for _ in range(3)]

    assert alice_register == [False, False, True]
    assert (throttled(alice, "cancel", 2, 60), throttled(bob, "register", 2, 60)) == (False, False)
