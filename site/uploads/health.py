"""Remembers, in this process, that storage was unreachable a moment ago, so a page made
while the bucket is down does not wait on it once per image: for a short while only
renditions that already exist are used, and images without them are left out."""

import time

from botocore.exceptions import BotoCoreError

DOWN_SECONDS = 30
_down_until = 0.0


def note_error(error):
    """Call with any error met while using storage; connection failures (botocore's
    client-side errors: refused, timed out) mark storage as down for DOWN_SECONDS."""
    global _down_until
    if isinstance(error, BotoCoreError):
        _down_until = time.monotonic() + DOWN_SECONDS


def is_down():
    return time.monotonic() < _down_until


def reset():
    global _down_until
    _down_until = 0.0
