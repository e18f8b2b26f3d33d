"""The page cache's storage: entries and generations in the `pages` cache alias.

An entry is valid only while its path's generation and the global generation are the ones
it was stored under, so a purge is one write, whatever the number of query-string variants
and app servers. All three keys come back in one round trip (`get_many`).

When the cache fails (Redis down), pages are served uncached: one warning is logged, the
cache is left alone for a few seconds before the next try, and a purge that could not be
written turns into a purge of everything once the cache answers again.
"""

import logging
import secrets
import time

from django.core.cache import caches

from pagecache.keys import GLOBAL_GENERATION_KEY

logger = logging.getLogger("pagecache")

RETRY_AFTER_SECONDS = 5.0


class _Health:
    down_until = 0.0
    warned = False
    purge_owed = False


health = _Health()


def reset_health():
    health.down_until = 0.0
    health.warned = False
    health.purge_owed = False


def _cache():
    return caches["pages"]


def _failed(error):
    health.down_until = time.monotonic() + RETRY_AFTER_SECONDS
    if not health.warned:
        health.warned = True
        logger.warning("Page cache unavailable, serving pages uncached until it answers: %r", error)


def _settle_owed_purge():
    """A purge that failed during the outage: drop everything now, before reading."""
    if health.purge_owed:
        _cache().set(GLOBAL_GENERATION_KEY, new_generation(), None)
        health.purge_owed = False


def _succeeded():
    if health.warned:
        health.warned = False
        logger.info("Page cache available again.")


def available():
    return time.monotonic() >= health.down_until


def new_generation():
    return f"{time.time_ns():x}{secrets.token_hex(2)}"


def fetch(lookup):
    """(entry or None, generations, reachable). `generations` go into a stored entry."""
    if not available():
        return None, None, False
    try:
        _settle_owed_purge()
        values = _cache().get_many([lookup.key, lookup.generation_key, GLOBAL_GENERATION_KEY])
    except Exception as error:  # any backend failure: serve uncached
        _failed(error)
        return None, None, False
    _succeeded()
    generations = (values.get(lookup.generation_key), values.get(GLOBAL_GENERATION_KEY))
    entry = values.get(lookup.key)
    if entry is not None and entry.generations == generations:
        return entry, generations, True
    return None, generations, True


def save(lookup, entry, seconds):
    try:
        _cache().set(lookup.key, entry, seconds)
    except Exception as error:
        _failed(error)


def bump(generation_keys):
    """Start new generations (a purge). Tried even while the cache is thought down."""
    token = new_generation()
    try:
        _settle_owed_purge()
        _cache().set_many(dict.fromkeys(generation_keys, token), None)
    except Exception as error:
        health.purge_owed = True
        _failed(error)
        return False
    _succeeded()
    return True
