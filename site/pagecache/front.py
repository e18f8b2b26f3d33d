"""A small in-process front to the page cache: this worker's most recent entries, in memory.

With Redis behind the cache, a hit used to fetch the whole entry (the page three times over:
plain, gzip, brotli; tens of kilobytes) and unpickle it on every request. With the front, a
hit is answered from this process's memory: with no Redis command at all while this process
hears of every purge (pagecache.invalidation), else once the two generation keys confirm it.

Every `forget` starts a new epoch. An entry rendered from generations read in an earlier
epoch is refused (`put(..., epoch=…)`): a purge was processed since, and the entry may show
what that purge dropped.

Bounded by bytes (least recently used go first) and by each entry's own lifetime.
"""

import os
import threading
import time
from collections import OrderedDict

# Per worker process; the site's pages are a few hundred entries of 10–100 KB each.
BUDGET_BYTES = 32 * 1024 * 1024

_lock = threading.Lock()
_entries = OrderedDict()  # key -> (entry, expires_at, size)
_held = 0
_epoch = 0


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


def epoch():
    """Read before the generations are; handed back to `put` with what they produced."""
    return _epoch


def put(key, entry, seconds, epoch=None):
    """Keep `entry`, unless the front was forgotten since `epoch` (when given)."""
    global _held
    size = _size(entry)
    # One huge page must not push out everything else; an entry with no known end is not kept.
    if seconds <= 0 or size > BUDGET_BYTES // 8:
        return False
    with _lock:
        # Checked under the lock `forget` takes: a purge cannot slip in between.
        if epoch is not None and epoch != _epoch:
            return False
        _drop(key)
        _entries[key] = (entry, time.monotonic() + seconds, size)
        _held += size
        while _held > BUDGET_BYTES:
            _drop(next(iter(_entries)))
    return True


def forget():
    global _held, _epoch
    with _lock:
        _entries.clear()
        _held = 0
        _epoch += 1


def held_bytes():
    return _held


def _drop(key):
    global _held
    held = _entries.pop(key, None)
    if held is not None:
        _held -= held[2]


def _after_fork():
    # A worker forked while another thread of its parent held the lock would wait on it for
    # ever; and what the parent held was confirmed by the parent's listener, not the child's.
    global _lock, _held, _epoch
    _lock = threading.Lock()
    _entries.clear()
    _held = 0
    _epoch += 1


os.register_at_fork(after_in_child=_after_fork)
