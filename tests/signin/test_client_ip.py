"""Which address the lockouts see, with and without a trusted proxy in front: the request goes
through serving.proxy's middleware (first in MIDDLEWARE), then axes' client_ip callable."""

import pytest
from django.test import RequestFactory, override_settings

from serving.proxy import ForwardedHeadersMiddleware
from signin.client_ip import client_ip


def request(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    seen = {}
    middleware = ForwardedHeadersMiddleware(lambda request: seen.setdefault("ip", client_ip(request)))
    middleware(RequestFactory().get("/", **headers))
    return seen["ip"]


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.0/8", "::1"])
@pytest.mark.parametrize(
    ("remote", "forwarded", "client"),
    [
        ("203.0.113.5", None, "203.0.113.5"),
        ("203.0.113.5", "192.0.2.1", "203.0.113.5"),  # not from the proxy: forged, ignored
        ("10.1.2.3", "192.0.2.1", "192.0.2.1"),
        ("10.1.2.3", "198.51.100.1, 192.0.2.1", "192.0.2.1"),  # the client wrote the left part
        ("10.1.2.3", "192.0.2.1, 10.9.9.9", "192.0.2.1"),  # two proxies of ours
        ("10.1.2.3", "garbage", "10.1.2.3"),
        ("10.1.2.3", "192.0.2.1, garbage", "10.1.2.3"),
        ("::1", "2001:db8::1", "2001:db8::1"),
        ("10.1.2.3", " 192.0.2.7 ", "192.0.2.7"),
        ("not-an-ip", None, "0.0.0.0"),  # noqa: S104 (an address string, not a bind)
    ],
)
def test_client_address(remote, forwarded, client):
    assert (request(remote, forwarded)) == client


@override_settings(FORWARDED_ALLOW_IPS=[])
def test_no_trusted_proxy_means_the_header_is_never_read():
    assert (request("127.0.0.1", "192.0.2.1")) == "127.0.0.1"


@override_settings(FORWARDED_ALLOW_IPS=["*"])
def test_trust_all_still_takes_the_entry_the_proxy_added():
    assert (request("203.0.113.5", "198.51.100.1, 192.0.2.1")) == "192.0.2.1"
