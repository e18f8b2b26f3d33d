"""Turning a rendered response into a cache entry, and an entry back into a response.

The entry keeps the body plain and already compressed (gzip, and brotli when installed),
so a hit neither renders nor compresses. The page is public and carries no secret, so the
compressed copies need none of GZipMiddleware's per-response padding against BREACH.
"""

import gzip
import hashlib
import re
import time
from typing import NamedTuple

from django.http import HttpResponse, HttpResponseNotModified
from django.utils.text import compress_string

try:
    import brotli
except ImportError:  # brotli is optional: gzip alone then
    brotli = None

# How long a browser may keep a page without asking again (it cannot be purged), how long
# a shared cache may serve a stale copy while it fetches a fresh one, and how long a 404
# is kept (a page may be published at that address any minute).
BROWSER_SECONDS = 60
STALE_SECONDS = 60
NOT_FOUND_SECONDS = 60

# Headers the cache sets itself on every replay (or that must never be replayed).
_OWN_HEADERS = frozenset(
    {"content-length", "content-encoding", "etag", "cache-control", "vary", "set-cookie", "expires", "date"}
)
_SHAREABLE_VARY = frozenset({"accept-encoding"})
_REFUSED_CONTROLS = ("private", "no-store", "no-cache")
_COMPRESSIBLE = re.compile(r"^(text/|application/(xml|atom\+xml|rss\+xml|json|ld\+json|javascript))")
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
_ACCEPTS_BR = re.compile(r"\bbr\b")


class Entry(NamedTuple):
    generations: tuple
    status: int
    headers: tuple
    etag: str
    cache_control: str
    plain: bytes
    gzipped: bytes | None
    brotli: bytes | None
    # Wall-clock time the shared copy expires (the front keeps it no longer). 0: unknown,
    # an entry stored before this field existed; the front then does not keep it.
    expires_at: float = 0.0


def cache_control(status, seconds):
    if status == 404:
        short = min(seconds, NOT_FOUND_SECONDS)
        return f"public, max-age={short}, s-maxage={short}"
    browser = min(seconds, BROWSER_SECONDS)
    return f"public, max-age={browser}, s-maxage={seconds}, stale-while-revalidate={STALE_SECONDS}"


def lifetime(status, seconds):
    return min(seconds, NOT_FOUND_SECONDS) if status == 404 else seconds


def storable(request, response):
    """Only a plain anonymous page: no cookie set, nothing private, nothing varying."""
    if request.method != "GET" or response.status_code not in (200, 404) or response.streaming:
        return False
    if response.cookies or getattr(request, "is_preview", False):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in _REFUSED_CONTROLS):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if not vary <= _SHAREABLE_VARY:
        return False
    return response.get("Content-Encoding", "") in ("", "gzip")


def capture(request, response, generations, seconds):
    """The response as an Entry, or None when it must not be stored or shared."""
    if not storable(request, response):
        return None
    plain = response.content
    if response.get("Content-Encoding") == "gzip":
        plain = gzip.decompress(plain)
    headers = tuple((name, value) for name, value in response.items() if name.lower() not in _OWN_HEADERS)
    gzipped = compressed_brotli = None
    if len(plain) >= 200 and _COMPRESSIBLE.match(response.get("Content-Type", "")):
        gzipped = compress_string(plain)
        if brotli is not None:
            compressed_brotli = brotli.compress(plain, quality=5)
    etag = f'W/"{hashlib.blake2b(plain, digest_size=12).hexdigest()}"'
    status = response.status_code
    return Entry(
        generations,
        status,
        headers,
        etag,
        cache_control(status, seconds),
        plain,
        gzipped,
        compressed_brotli,
        time.time() + lifetime(status, seconds),
    )


def _not_modified(request, etag):
    header = request.META.get("HTTP_IF_NONE_MATCH")
    if not header:
        return False
    # Weak comparison, as RFC 9110 asks for If-None-Match.
    opaque = etag[2:]
    return header.strip() == "*" or any(tag.strip().removeprefix("W/") == opaque for tag in header.split(","))


def replay(request, entry, hit=True):
    """The stored page as a response for this request: encoded as it accepts, or a 304.

    `X-Page-Cache: hit|miss` says which it was (for operators and the tests of two servers).
    """
    if entry.status == 200 and _not_modified(request, entry.etag):
        response = HttpResponseNotModified()
    else:
        accepts = request.META.get("HTTP_ACCEPT_ENCODING", "")
        body, encoding = entry.plain, None
        if entry.brotli is not None and _ACCEPTS_BR.search(accepts):
            body, encoding = entry.brotli, "br"
        elif entry.gzipped is not None and _ACCEPTS_GZIP.search(accepts):
            body, encoding = entry.gzipped, "gzip"
        response = HttpResponse(body, status=entry.status)
        for name, value in entry.headers:
            response.headers[name] = value
        response.headers["Content-Length"] = str(len(body))
        if encoding:
            response.headers["Content-Encoding"] = encoding
    response.headers["ETag"] = entry.etag
    response.headers["Cache-Control"] = entry.cache_control
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["X-Page-Cache"] = "hit" if hit else "miss"
    return response
