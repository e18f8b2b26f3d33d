"""Spam and abuse checks that need no outside service: a signed form token (when the form
was handed out, and a one-time id against double posts), and a limit per visitor address."""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from signin.client_ip import client_ip

TOKEN_SALT = "submissions.form-token"  # noqa: S105 (a signing salt, not a secret)
# A form older than this is refused as expired (it is handed out again, filled in).
TOKEN_MAX_AGE = 24 * 60 * 60
RATE_WINDOW = 60 * 60


def min_seconds():
    return getattr(settings, "SUBMISSION_MIN_SECONDS", 5)


def new_form_token(now=None):
    """A token for a freshly shown form: the time it was shown and a one-time id."""
    issued = int(time.time() if now is None else now)
    return signing.dumps({"t": issued, "n": secrets.token_hex(16)}, salt=TOKEN_SALT)


class TokenProblem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def read_form_token(token):
    """(nonce) of a valid token, or TokenProblem("invalid" | "expired" | "too_fast")."""
    try:
        payload = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired:
        raise TokenProblem("expired") from None
    except signing.BadSignature:
        raise TokenProblem("invalid") from None
    if (
        not isinstance(payload, dict)
        or not isinstance(payload.get("n"), str)
        or not isinstance(payload.get("t"), int)
    ):
        raise TokenProblem("invalid")
    if time.time() - payload["t"] < min_seconds():
        raise TokenProblem("too_fast")
    return payload["n"]


def _limits():
    # Submissions made, and posts of any kind (a robot that never gets one right is held back too).
    return {
        "made": getattr(settings, "SUBMISSION_RATE_LIMIT", 5),
        "posts": getattr(settings, "SUBMISSION_POST_LIMIT", 30),
    }


def _key(request, kind):
    return f"submissions:{kind}:{client_ip(request)}"


def is_rate_limited(request):
    """True once this address has used up either hourly allowance."""
    keys = {kind: _key(request, kind) for kind in _limits()}
    counts = cache.get_many(list(keys.values()))
    return any((counts.get(keys[kind]) or 0) >= limit for kind, limit in _limits().items())


def _count(key):
    # add() starts the hour at the first one; incr() keeps that expiry.
    if not cache.add(key, 1, RATE_WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.add(key, 1, RATE_WINDOW)


def count_post(request):
    _count(_key(request, "posts"))


def count_submission(request):
    _count(_key(request, "made"))
