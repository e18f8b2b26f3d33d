"""/.well-known/security.txt (RFC 9116): where to report a vulnerability, in which languages."""

from datetime import datetime, timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

DEFAULT_LIFETIME = timedelta(days=180)


def expires():
    """SECURITY_TXT_EXPIRES (an ISO date or date-time), else 180 days from now."""
    value = settings.SECURITY_TXT_EXPIRES
    if not value:
        return (timezone.now() + DEFAULT_LIFETIME).replace(microsecond=0)
    moment = datetime.fromisoformat(value)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.UTC)
    return moment


@require_GET
def security_txt(request):
    if not settings.SECURITY_TXT_CONTACT:
        raise Http404("No security contact is configured.")
    lines = [f"Contact: {contact}" for contact in settings.SECURITY_TXT_CONTACT.split()]
    lines += [
        f"Expires: {expires().astimezone(timezone.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: ar, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
