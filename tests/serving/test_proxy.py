"""Forwarded headers count only from FORWARDED_ALLOW_IPS (the variable gunicorn reads too)."""

import pytest
from django.test import RequestFactory, override_settings

from serving.proxy import ForwardedHeadersMiddleware


def through_middleware(allowed, remote_addr, **headers):
    seen = {}

    def view(request):
        seen["remote_addr"] = request.META["REMOTE_ADDR"]
        seen["secure"] = request.is_secure()
        seen["forwarded_for"] = request.META.get("HTTP_X_FORWARDED_FOR")
        return None

    with override_settings(FORWARDED_ALLOW_IPS=allowed):
        middleware = ForwardedHeadersMiddleware(view)
    middleware(RequestFactory().get("/ar/", REMOTE_ADDR=remote_addr, **headers))
    return seen


def test_untrusted_peer_cannot_claim_https_or_an_address():
    seen = through_middleware(
        ["127.0.0.1"],
        "203.0.113.9",
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert seen == {"remote_addr": "203.0.113.9", "secure": False, "forwarded_for": None}


def test_trusted_proxy_gives_the_visitor_address_and_scheme():
    seen = through_middleware(
        ["127.0.0.1", "10.0.0.0/8"],
        "127.0.0.1",
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_X_FORWARDED_FOR="198.51.100.7, 10.0.0.2",
    )
    assert seen["remote_addr"] == "198.51.100.7"
    assert seen["secure"] is True


def test_a_forged_left_hop_is_ignored():
    seen = through_middleware(["127.0.0.1"], "127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert seen["remote_addr"] == "198.51.100.7"


@pytest.mark.parametrize("forwarded_for", ["not-an-address", ""])
def test_garbage_keeps_the_peer_address(forwarded_for):
    seen = through_middleware(["127.0.0.1"], "127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert seen["remote_addr"] == "127.0.0.1"


def test_star_trusts_any_peer_but_only_the_last_hop():
    seen = through_middleware(["*"], "203.0.113.9", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert seen["remote_addr"] == "198.51.100.7"
