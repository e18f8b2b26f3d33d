from datetime import timedelta

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.utils import timezone

from hardening.security_txt import expires


@register()
def security_txt_expiry(app_configs, **kwargs):
    """RFC 9116: Expires must be a date, in the future, and less than a year ahead."""
    if not settings.SECURITY_TXT_EXPIRES:
        return []
    try:
        moment = expires()
    except ValueError:
        return [Error("SECURITY_TXT_EXPIRES is not an ISO date (YYYY-MM-DD).", id="hardening.E001")]
    now = timezone.now()
    if moment <= now:
        return [Warning("SECURITY_TXT_EXPIRES is in the past: renew security.txt.", id="hardening.W001")]
    if moment > now + timedelta(days=365):
        return [Warning("SECURITY_TXT_EXPIRES is more than a year ahead (RFC 9116).", id="hardening.W002")]
    return []
