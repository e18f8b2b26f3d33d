"""The client's address for django-axes, as far as this deployment can trust it.

serving.proxy.ForwardedHeadersMiddleware (first in MIDDLEWARE) has already dropped forwarded
headers from untrusted peers and, behind a proxy listed in FORWARDED_ALLOW_IPS, put the visitor's
address in REMOTE_ADDR; reading X-Forwarded-For again here would let a forged one back in.
"""

import ipaddress


def client_ip(request):
    try:
        return str(ipaddress.ip_address(request.META.get("REMOTE_ADDR", "").strip()))
    except ValueError:
        return "0.0.0.0"  # noqa: S104 (an address string, not a bind)
