"""A small in-process front to the page cache: this worker's most recent entries, in memory.

With Redis behind the cache, a hit used to fetch the whole entry (the page three times over:
plain, gzip, brotli; tens of kilobytes) and unpickle it on every request. With the front, a
hit fetches only the two generation keys (a few bytes) and serves the entry this process
already holds, provided the generations still match: a purge on any app server changes
them, so the front never serves a page another server has purged.

Bounded by bytes (least recently used go first) and by each entry's own lifetime.
"""

import threading
import time
from collections import OrderedDict

# Per worker process; the site's pages are a few hundred entries of 10–100 KB each.
BUDGET_BYTES = 32 * 1024 * 1024

_lock = threading.Lock()
_entries = OrderedDict()  # key -> (entry, expires_at, size)
_held = 0


def _size(entry):
    return len(entry.plain) + len(entry.gzipped or b"") + len(entry.brotli or b"")


def get(key):
    """The entry remembered under `key`, or None (never held, expired or pushed out)."""
    with _lock:
        held = _entries.get(key)
        if held is None:
            return None
        entry, expires_at, _ = held
        if time.monotonic() >= expires_at:
            _drop(key)
            return None
        _entries.move_to_end(key)
        return entry


def put(key, entry, seconds):
    global _held
    size = _size(entry)
    # One huge page must not push out everything else; an entry with no known end is not kept.
    if seconds <= 0 or size > BUDGET_BYTES // 8:
        return
    with _lock:
        _drop(key)
        _entries[key] = (entry, time.monotonic() + seconds, size)
        _held += size
        while _held > BUDGET_BYTES:
            _drop(next(iter(_entries)))


def forget():
    global _held
    with _lock:
        _entries.clear()
        _held = 0


def held_bytes():
    return _held


def _drop(key):
    global _held
    held = _entries.pop(key, None)
    if held is not None:
        _held -= held[2]
