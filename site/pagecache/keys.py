"""Which requests the page cache may answer, and the cache key of each.

Deciding costs no session, no database: "signed in" is the presence of the session cookie.
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import QueryDict

# Never looked up nor stored: the admin and its previews, the language switch (it sets a
# cookie), uploads and static files, the health check, and `/` (it varies by preference).
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/language/", "/static/", "/media/", "/health/")
# A request carrying one of these may see something personal (an editor's session, a
# one-off message): it bypasses the cache both ways.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Parameters that only track a click: the page is the same without them, so they share the
# clean URL's entry and are removed before the view sees them.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "msclkid"})
TRACKING_PREFIX = "utm_"
# Longer query strings are served uncached rather than filling the cache.
MAX_QUERY_LENGTH = 512
# Paths under one of these prefixes share one generation, so purging the prefix drops them
# all (the sitemap index and its sections, whatever they are called).
PREFIX_GROUPS = ("/sitemap",)
GLOBAL_GENERATION_KEY = "g:*"


def digest(text):
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def generation_key(path):
    """The key whose value changes when `path` (with all its query variants) is purged."""
    for prefix in PREFIX_GROUPS:
        if path.startswith(prefix):
            return f"g:{digest(prefix)}"
    return f"g:{digest(path)}"


def is_personal(request):
    cookies = request.COOKIES
    return any(name in cookies for name in PERSONAL_COOKIES) or "HTTP_AUTHORIZATION" in request.META


class Lookup:
    """A cacheable request: its entry key, its path's generation key, its cleaned query."""

    __slots__ = ("key", "generation_key", "query", "raw_query")

    def __init__(self, key, generation_key, query, raw_query):
        self.key = key
        self.generation_key = generation_key
        self.query = query
        self.raw_query = raw_query


def clean_query(raw):
    """Tracking parameters dropped, the rest sorted by name (their order kept within a name)."""
    if not raw:
        return ""
    pairs = parse_qsl(raw, keep_blank_values=True)
    kept = [
        (name, value)
        for name, value in pairs
        if name not in TRACKING_PARAMS and not name.startswith(TRACKING_PREFIX)
    ]
    kept.sort(key=lambda pair: pair[0])
    return urlencode(kept)


def lookup_for(request):
    """The request's Lookup, or None when the cache must not answer it."""
    if request.method not in ("GET", "HEAD"):
        return None
    path = request.path
    if path == "/" or path.startswith(SKIPPED_PREFIXES) or is_personal(request):
        return None
    raw = request.META.get("QUERY_STRING", "")
    if len(raw) > MAX_QUERY_LENGTH:
        return None
    try:
        # Validated against ALLOWED_HOSTS; X-Forwarded-Host is ignored (USE_X_FORWARDED_HOST
        # is off), so a forged header cannot file a page under another host.
        host = request.get_host().lower()
    except DisallowedHost:
        return None
    query = clean_query(raw)
    # The scheme is part of the key: pages carry absolute links (canonical, hreflang).
    key = f"e:{digest(f'{request.scheme}|{host}|{path}|{query}')}"
    return Lookup(key, generation_key(path), query, raw)


def apply_clean_query(request, lookup):
    """Let the view see the cleaned query string, so the stored page is the clean URL's."""
    if lookup.query != lookup.raw_query:
        request.META["QUERY_STRING"] = lookup.query
        request.GET = QueryDict(lookup.query)
