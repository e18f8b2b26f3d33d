"""Wagtail's password-reset view with a limit per address and per account.

Each request sends an e-mail, so an address that asks too often, or anyone asking too often
for one account, gets a 429 page in the admin's language instead of another e-mail.
"""

import hashlib
import math
from datetime import timedelta

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.views.account import PasswordResetView

from signin.client_ip import client_ip
from signin.models import PasswordResetRequest

WINDOW = timedelta(hours=1)


def _account(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def seconds_until_allowed(address, account):
    """0 if a request may go out now; else the seconds until the oldest counted one expires."""
    since = timezone.now() - WINDOW
    PasswordResetRequest.objects.filter(requested_at__lt=since).delete()
    recent = PasswordResetRequest.objects.filter(requested_at__gte=since)
    waits = []
    for requests, limit in (
        (recent.filter(address=address), settings.PASSWORD_RESET_LIMIT_PER_ADDRESS),
        (recent.filter(account=account), settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT),
    ):
        times = list(requests.order_by("-requested_at").values_list("requested_at", flat=True)[:limit])
        if len(times) >= limit:
            waits.append((times[-1] + WINDOW - timezone.now()).total_seconds())
    return math.ceil(max(waits)) if waits else 0


class LimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        address = client_ip(request)
        account = _account(str(request.POST.get("email", ""))[:254])
        wait = seconds_until_allowed(address, account)
        if wait:
            response = render(
                request,
                "signin/password_reset_limited.html",
                {"minutes": max(1, math.ceil(wait / 60))},
                status=429,
            )
            response["Retry-After"] = str(wait)
            return response
        PasswordResetRequest.objects.create(address=address, account=account)
        return super().post(request, *args, **kwargs)
