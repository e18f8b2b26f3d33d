"""The site and its settings, read once per process and kept until something is saved.

Before a public page renders anything it needs the `Site` for its host (Wagtail's
`Site.find_for_request`: one query) and the site settings with their social links (two
queries). Both change only when an editor saves something, so each app-server process keeps
what it read, together with a *content generation*: a number in the default cache (shared by
every process through Redis) that any save or delete of content replaces, once the
transaction commits. A request then costs one cache read instead of three queries, and sees
an edit as soon as it is committed, on every app server. Without Redis the number is each
process's own, so nothing is kept longer than `MAX_AGE_SECONDS`.

Pages use `remember()` for what they gather the same way for every reader (the home page's
lists, the organisation's logo, the fallback share image, the filter counts of the showcase
and the newsroom, the sitemap index's section sizes).

Each request gets its own shallow copies, so nothing one request sets on them (the settings'
`_request`, attributes the page tree sets on the root page) is seen by the next. The admin
reads the database as before: an editor must never see a stale form.
"""

import contextlib
import copy
import secrets
import time

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.images.models import AbstractRendition
from wagtail.models import Site

from core.models import SiteSettings

GENERATION_KEY = "serving:content-generation"
# Saves that never change what a page shows, and that happen on ordinary requests: they
# must not empty every process's memo (sign-ins, lockout logs, the search-misses count).
_IGNORED_APPS = frozenset({"sessions", "axes", "admin", "otp_totp", "otp_static", "django_otp"})

_BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})

# Unknown hosts all fall back to the default site; the bound keeps a flood of made-up Host
# headers from growing the memo.
MAX_HOSTS = 32
# Remembered values per process; some names come from query strings (a filter selection),
# so past this many the memo starts again rather than growing.
MAX_VALUES = 512

RETRY_AFTER_SECONDS = 5.0
# Without Redis each process has its own cache, so a save is seen at once only by the
# process that made it: the others read again after at most this long.
MAX_AGE_SECONDS = 10.0

_memo = {"generation": None, "entries": {}, "values": {}, "down_until": 0.0, "since": 0.0}
_HOST_ATTR = "_serving_shared_host"


def _current_generation():
    """The shared generation, or None while the cache does not answer (nothing is memoised
    then, and the cache is left alone for a few seconds rather than asked on every request)."""
    if time.monotonic() < _memo["down_until"]:
        return None
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # Nothing written yet: start one (another process may win the race).
            cache.add(GENERATION_KEY, f"start-{secrets.token_hex(4)}", None)
            generation = cache.get(GENERATION_KEY)
    except Exception:
        generation = None
    if not isinstance(generation, str):
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down.
        _memo["down_until"] = time.monotonic() + RETRY_AFTER_SECONDS
        return None
    return generation


def forget():
    """Forget this process's memo (tests: each starts from the database it sees)."""
    _memo["entries"].clear()
    _memo["values"].clear()
    _memo["generation"] = None
    _memo["down_until"] = 0.0


def bump():
    """Forget every process's memo: now, and again when the current transaction commits
    (another process may read the old rows in between, and memoise them under the new
    generation)."""

    def write():
        try:
            cache.set(GENERATION_KEY, f"{time.time_ns():x}{secrets.token_hex(2)}", None)
        except Exception:  # a cache outage: nothing is memoised while it lasts (see _generation)
            _memo["entries"].clear()
            _memo["values"].clear()
        _memo["generation"] = None

    write()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(write)


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, **kwargs):
    if sender._meta.app_label in _IGNORED_APPS or sender._meta.model_name == "searchmiss":
        return
    # Renditions are made on page views when missing; the image they belong to is saved
    # (and bumps) whenever what they show changes.
    if issubclass(sender, AbstractRendition):
        return
    # Wagtail records an image's size and hash the first time it reads the file (on a page
    # view); neither changes what a page shows.
    fields = kwargs.get("update_fields")
    if fields and set(fields) <= _BOOKKEEPING_FIELDS:
        return
    bump()


def _read(request):
    site = Site._find_for_request(request)  # reads the root page with the site
    settings = SiteSettings.for_site(site) if site is not None else None
    return site, settings


def attach(request):
    """Put this host's Site and SiteSettings where Wagtail looks for them on the request."""
    generation = _current_generation()
    now = time.monotonic()
    if generation != _memo["generation"] or now - _memo["since"] > MAX_AGE_SECONDS:
        _memo["entries"].clear()
        _memo["values"].clear()
        _memo["generation"] = generation
        _memo["since"] = now
    if generation is None:
        return _set(request, *_read(request))
    # The same host and port Wagtail matches sites on (before any ALLOWED_HOSTS check, as
    # Wagtail does: a refused host fails later in the request, exactly as without the memo).
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    if key not in _memo["entries"]:
        if len(_memo["entries"]) >= MAX_HOSTS:
            _memo["entries"].clear()
            _memo["values"].clear()
        _memo["entries"][key] = _read(request)
    setattr(request, _HOST_ATTR, key)
    return _set(request, *_memo["entries"][key])


def _set(request, site, settings):
    if site is not None:
        site = copy.copy(site)
        if site.root_page_id is not None and "root_page" in site._state.fields_cache:
            site.root_page = copy.copy(site.root_page)
    request._wagtail_site = site
    if settings is not None:
        settings = copy.copy(settings)
        settings._request = request
        setattr(request, SiteSettings.get_cache_attr_name(), settings)
    return site


def remember(request, name, compute):
    """`compute()`, kept for this host until content changes (outside the admin only).

    For small values several pages read and no request changes: give each caller a copy
    if it might change what it gets."""
    key = (*getattr(request, _HOST_ATTR, (None,)), name)
    if _memo["generation"] is None or key[0] is None:
        return compute()
    if key not in _memo["values"]:
        if len(_memo["values"]) >= MAX_VALUES:  # names built from query strings: keep it bounded
            _memo["values"].clear()
        _memo["values"][key] = compute()
    return _memo["values"][key]


def remember_in_language(request, name, compute):
    """`remember`, kept apart for each language (for what is counted or worded per language)."""
    return remember(request, (translation.get_language(), *name), compute)


class SharedSiteMiddleware:
    """Attaches the memoised Site and settings to every request outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/admin/"):
            # The database is down: attach nothing, and let the view meet the outage where
            # it is handled (the 503 page, or /health/ saying so).
            with contextlib.suppress(DatabaseError):
                attach(request)
        return self.get_response(request)
