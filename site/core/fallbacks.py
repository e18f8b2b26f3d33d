"""Readers see each language's own text only: modeltranslation's fallback is off for them.

django-modeltranslation reads `page.intro` as `intro_en` on an English page and, when that is
empty, as `intro_ar` (MODELTRANSLATION_FALLBACK_LANGUAGES). That suits the admin (an English
admin still names an untranslated page in its lists and choosers) and the demo loader, but on
the public site it pours Arabic into English pages. `OwnLanguageMiddleware` switches the
fallback off for every request outside the admin, so an empty English field reads as empty
and the templates leave it out; page previews in the admin do the same (core.models.pages).

modeltranslation's own `fallbacks()` context manager resets the switch to the settings'
default when it ends instead of restoring what was there, which would turn the fallback back
on in the middle of a public request; `own_language_only` and `with_fallback` restore it.
"""

from contextlib import contextmanager

from modeltranslation import thread_context

ADMIN_PREFIX = "/admin/"


@contextmanager
def _fallbacks(enabled):
    previous = thread_context._mt_thread_context.enable_fallbacks
    thread_context.set_enable_fallbacks(enabled)
    try:
        yield
    finally:
        thread_context.set_enable_fallbacks(previous)


def own_language_only():
    """Translated fields read the active language's column only (empty stays empty)."""
    return _fallbacks(False)


def with_fallback():
    """Translated fields fall back as the settings say: only for finding a page by a slug,
    where an untranslated page's English URL carries its Arabic slug."""
    return _fallbacks(True)


class OwnLanguageMiddleware:
    """No fallback to another language while a public request is served and rendered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        with own_language_only():
            return self.get_response(request)
