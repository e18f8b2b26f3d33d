"""Login throttling on top of django-axes.

Two limits, both kept in the database (so a Redis outage cannot lift them):
- one account from one address: AXES_FAILURE_LIMIT failures lock that account there;
- one address across all accounts: SIGNIN_ADDRESS_FAILURE_LIMIT failures lock the address
  (credential stuffing tries one password on many accounts).
axes compares one number with one limit, so the handler reports the address's count as
"at the limit" once the address limit is reached.
"""

import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

USERNAME_MAX_LENGTH = 255  # axes' column; longer names are never accounts here


def attempted_username(request, credentials):
    """The username axes records: bounded, so an absurd one cannot overflow its column."""
    username = credentials.get("username") if credentials else request.POST.get("username")
    return username[:USERNAME_MAX_LENGTH] if isinstance(username, str) else None


def _failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AccountAndAddressHandler(AxesDatabaseHandler):
    def _account_and_address(self, request, credentials):
        account, address = self.get_user_attempts(request, credentials)
        return account, address

    def get_failures(self, request, credentials=None):
        account, address = self._account_and_address(request, credentials)
        failures = _failures(account)
        if _failures(address) >= settings.SIGNIN_ADDRESS_FAILURE_LIMIT:
            failures = max(failures, settings.AXES_FAILURE_LIMIT)
        return failures

    def retry_at(self, request, credentials):
        """When the lock that applies ends: the last counted failure plus the cool-off."""
        account, address = self._account_and_address(request, credentials)
        latest = None
        if _failures(account) >= settings.AXES_FAILURE_LIMIT:
            latest = account.aggregate(latest=Max("attempt_time"))["latest"]
        if _failures(address) >= settings.SIGNIN_ADDRESS_FAILURE_LIMIT:
            address_latest = address.aggregate(latest=Max("attempt_time"))["latest"]
            latest = max(filter(None, [latest, address_latest]), default=None)
        return (latest or timezone.now()) + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    """A 429 page in the admin's language saying why, and when to try again."""
    retry_at = AccountAndAddressHandler().retry_at(request, credentials)
    seconds = max(60, math.ceil((retry_at - timezone.now()).total_seconds()))
    response = render(
        request,
        "signin/locked_out.html",
        {"retry_at": retry_at, "minutes": math.ceil(seconds / 60)},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "private, no-store"
    return response
