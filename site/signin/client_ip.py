"""The client's address, as far as this deployment can trust it.

X-Forwarded-For is believed only when the request came straight from a proxy listed in
FORWARDED_ALLOW_IPS (the list gunicorn uses for its forwarded headers). Proxies append the
address they saw, so the header is read from the right: the first entry that is not itself a
trusted proxy is the client. Anything a client writes further left is ignored, and an entry
that is not an address ends the walk (a forged header cannot smuggle text into the lockouts).
"""

import ipaddress

from django.conf import settings


def _networks():
    networks = []
    for item in settings.FORWARDED_ALLOW_IPS:
        if item == "*":
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            continue
    return networks


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address, networks):
    return any(address.version == net.version and address in net for net in networks)


def client_ip(request):
    remote = _address(request.META.get("REMOTE_ADDR", "")) or ipaddress.ip_address("0.0.0.0")  # noqa: S104
    networks = _networks()
    trust_all = "*" in settings.FORWARDED_ALLOW_IPS
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not forwarded or not (trust_all or _trusted(remote, networks)):
        return str(remote)
    client = remote
    for entry in reversed(forwarded[:2000].split(",")):
        address = _address(entry)
        if address is None:
            break
        client = address
        if not _trusted(address, networks):
            break
    return str(client)
