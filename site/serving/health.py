"""`/health/` for load balancers and uptime checks: 200 when the database answers, else 503."""

import uuid

from django.core.cache import cache, caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from serving.database import database_answers


def cache_answers():
    """Write and read back a key. django-redis with IGNORE_EXCEPTIONS fails silently, so a
    lost round trip (not an exception) is what tells that Redis is away."""
    key = f"health:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        answered = cache.get(key) == "1"
        cache.delete(key)
        return answered
    except Exception:  # noqa: BLE001 - any cache failure is "unavailable", never a 500
        return False


def state(ok):
    return "ok" if ok else "unavailable"


@never_cache
@require_safe
def health(request):
    database_ok = database_answers()
    cache_ok = cache_answers()
    body = {
        "status": state(database_ok),
        "database": {"state": state(database_ok), "vendor": connections["default"].vendor},
        # The site runs without its cache (slower), so a cache outage alone stays a 200.
        "cache": {"state": state(cache_ok), "backend": type(caches["default"]).__name__},
    }
    return JsonResponse(body, status=200 if database_ok else 503)
