"""Caches: the default cache, the full-page cache (site/pagecache) and a CDN's purge."""

import os

from .base import DEBUG

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis outage must slow the site down, not turn every page into a 500.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full-page cache (site/pagecache): anonymous GET/HEAD of public pages, purged on publish.
# PAGE_CACHE_SECONDS is how long a page is kept (0 turns the cache off; off by default in
# debug so template edits show at once). It lives in its own cache alias: the page cache
# handles a Redis outage itself (one warning, then a pause before trying again), and short
# socket timeouts keep an unreachable Redis from holding up each request.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0" if DEBUG else "300"))
if REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "pages",
        "TIMEOUT": None,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
else:
    # One cache per process: fine for one process; with several workers set REDIS_URL,
    # or a purge reaches only the process that made it (README, "Page cache").
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 1000},
    }

# A CDN or proxy in front: purge requests go through wagtail.contrib.frontend_cache's HTTP
# backend (a PURGE request per URL to this address, with the page's Host header).
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
