"""Forwarded headers count only from the proxies named in FORWARDED_ALLOW_IPS.

gunicorn reads the same variable (gunicorn.conf.py) for the scheme it reports. Django's own
SECURE_PROXY_SSL_HEADER trusts X-Forwarded-Proto from anyone, and REMOTE_ADDR is the proxy's
address, so this middleware (first in MIDDLEWARE) drops the forwarded headers that an
untrusted peer sent and, behind a trusted proxy, puts the visitor's address in REMOTE_ADDR.
Everything that needs the client address (logs, django-axes) then reads REMOTE_ADDR.
"""

import ipaddress

from django.conf import settings

FORWARDED_HEADERS = (
    "HTTP_FORWARDED",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_PROTOCOL",
    "HTTP_X_FORWARDED_SSL",
)


def parse_networks(values):
    """'*' trusts every peer (a platform whose router addresses are unknown, e.g. Heroku)."""
    if "*" in values:
        return None
    return [ipaddress.ip_network(value, strict=False) for value in values]


def _address(text):
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


class ForwardedHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.networks = parse_networks(settings.FORWARDED_ALLOW_IPS)

    def trusted(self, address):
        if self.networks is None:
            return True
        return address is not None and any(address in network for network in self.networks)

    def __call__(self, request):
        meta = request.META
        if not self.trusted(_address(meta.get("REMOTE_ADDR", ""))):
            for header in FORWARDED_HEADERS:
                meta.pop(header, None)
        elif meta.get("HTTP_X_FORWARDED_FOR"):
            meta["REMOTE_ADDR"] = self.client_address(meta["HTTP_X_FORWARDED_FOR"], meta["REMOTE_ADDR"])
        return self.get_response(request)

    def client_address(self, forwarded_for, peer):
        """The right-most address that is not one of our proxies: anything left of it was
        written by the client and could be forged."""
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        if self.networks is None:
            # Every peer trusted: only the hop the (single) proxy appended is ours to believe.
            return hops[-1] if hops and _address(hops[-1]) else peer
        for hop in reversed(hops):
            address = _address(hop)
            if address is None:
                return peer
            if not self.trusted(address):
                return str(address)
        return str(_address(hops[0])) if hops else peer
