"""Purging: `purge_urls(paths)` and `purge_everything()`.

A purge starts a new generation for each path (so every query-string variant of it goes),
once at once and once more when the transaction commits: a visitor who reads the page
between the two, from the old rows, cannot keep the old page cached. A CDN in front
(WAGTAILFRONTENDCACHE, set from FRONTEND_CACHE_PURGE_URL) gets the same URLs, after commit.
"""

import threading
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.encoding import iri_to_uri
from wagtail.models import Site

from pagecache import keys, store, targets


def normalise(url):
    """An absolute path as `request.path` has it: no host, no query, percent-decoded."""
    return unquote(urlsplit(url).path) or "/"


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0 or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _after_commit(function):
    transaction.on_commit(function)


# URLs waiting for the transaction to commit before they go to the CDN: one publish purges
# its old and its new state, and the CDN should hear of each URL once.
_frontend = threading.local()


def _queue_frontend(paths):
    # Every call asks for a flush after commit; the first flush sends all, the others find
    # nothing left. (After a rollback the paths wait for the next commit: a spare purge.)
    if getattr(_frontend, "pending", None) is None:
        _frontend.pending = set()
    _frontend.pending.update(paths)
    _after_commit(_flush_frontend)


def _flush_frontend():
    pending = getattr(_frontend, "pending", None)
    _frontend.pending = None
    if pending:
        purge_frontend(sorted(pending))


def purge_urls(paths):
    """Drop these absolute paths (`/ar/news/`, `/sitemap.xml`…), every query variant, on
    every app server sharing the cache, and at the CDN."""
    paths = sorted({normalise(path) for path in paths})
    if not paths or not enabled():
        return
    generation_keys = {keys.generation_key(path) for path in paths}
    store.bump(generation_keys)
    _after_commit(lambda: store.bump(generation_keys))
    _queue_frontend(paths)


def purge_everything():
    """Drop every cached page (site settings, menus: what every page shows)."""
    if not enabled():
        return
    store.bump([keys.GLOBAL_GENERATION_KEY])
    _after_commit(lambda: store.bump([keys.GLOBAL_GENERATION_KEY]))
    # A CDN cannot be told "everything" over HTTP PURGE: it gets every public URL instead.
    _after_commit(lambda: _queue_frontend(_every_public_path()))


def _every_public_path():
    return targets.every_page_path()


def purge_frontend(paths):
    """Send the paths, as full URLs of each site, to the configured frontend caches."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or not paths:
        return
    # Imported only with a CDN configured: the frontend_cache app is not installed otherwise.
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    roots = {site.root_url.rstrip("/") for site in Site.objects.all()}
    purge_urls_from_cache([root + iri_to_uri(path) for root in sorted(roots) for path in paths])
