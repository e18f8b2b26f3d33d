"""The page cache's storage: entries and generations in the `pages` cache alias.

An entry is valid only while its path's generation and the global generation are the ones
it was stored under, so a purge is one write, whatever the number of query-string variants
and app servers. All three keys come back in one round trip (`get_many`); when this process
already holds the entry in its memory front (pagecache.front), only the two generations do,
and with Redis nothing at all while this process hears every purge (pagecache.invalidation).
The global generation always exists (it is started again when the cache was flushed), so an
entry remembered from before a flush can never match again.

When the cache fails (Redis down), pages are served uncached: one warning is logged, the
cache is left alone for a few seconds before the next try, and a purge that could not be
written (or announced) turns into a purge of everything once the cache answers again.
"""

import logging
import secrets
import time

from django.conf import settings
from django.core.cache import caches

from pagecache import front, invalidation
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
        _forget_everywhere()
        health.purge_owed = False


def _forget_everywhere():
    """After new generations are written: no front, here or on another server, keeps the old."""
    front.forget()
    if invalidation.is_shared(settings.CACHES["pages"]):
        invalidation.announce(_cache())


def _succeeded():
    if health.warned:
        health.warned = False
        logger.info("Page cache available again.")


def available():
    return time.monotonic() >= health.down_until


def new_generation():
    return f"{time.time_ns():x}{secrets.token_hex(2)}"


def fetch(lookup):
    """(entry or None, generations, reachable, epoch). `generations` go into a stored entry,
    `epoch` (the front's, read first) goes to `save` with it."""
    epoch = front.epoch()
    if not available():
        return None, None, False, epoch
    near = invalidation.listener()
    # Asked before the front is read: what it holds then was kept since the subscription
    # was confirmed, and every purge since would have emptied it.
    heard_every_purge = near is not None and not health.purge_owed and near.answers()
    remembered = front.get(lookup.key)
    if remembered is not None and heard_every_purge:
        return remembered, remembered.generations, True, epoch
    wanted = [lookup.generation_key, GLOBAL_GENERATION_KEY]
    if remembered is None:
        wanted.append(lookup.key)
    try:
        _settle_owed_purge()
        values = _cache().get_many(wanted)
        generations = (
            values.get(lookup.generation_key),
            values.get(GLOBAL_GENERATION_KEY) or _start_global_generation(),
        )
        if remembered is not None:
            if remembered.generations == generations:
                _succeeded()
                return remembered, generations, True, epoch
            # Purged since this process kept it: another server may have stored it afresh.
            entry = _cache().get(lookup.key)
        else:
            entry = values.get(lookup.key)
    except Exception as error:  # any backend failure: serve uncached
        _failed(error)
        return None, None, False, epoch
    _succeeded()
    if entry is not None and entry.generations == generations:
        front.put(lookup.key, entry, entry.expires_at - time.time(), epoch)
        return entry, generations, True, epoch
    return None, generations, True, epoch


def _start_global_generation():
    """After a flush (or on a new cache): a new global generation, the same for every server."""
    _cache().add(GLOBAL_GENERATION_KEY, new_generation(), None)
    return _cache().get(GLOBAL_GENERATION_KEY)


def save(lookup, entry, seconds, epoch):
    """Store a rendered entry; the front keeps it only if no purge was processed since `epoch`."""
    try:
        _cache().set(lookup.key, entry, seconds)
    except Exception as error:
        _failed(error)
        return
    front.put(lookup.key, entry, seconds, epoch)


def bump(generation_keys):
    """Start new generations (a purge), and see every front drop what it held. Tried even
    while the cache is thought down."""
    token = new_generation()
    try:
        _settle_owed_purge()
        _cache().set_many(dict.fromkeys(generation_keys, token), None)
        _forget_everywhere()
    except Exception as error:
        front.forget()
        health.purge_owed = True
        _failed(error)
        return False
    _succeeded()
    return True
