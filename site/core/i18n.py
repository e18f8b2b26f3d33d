"""Language helpers shared by every page: which pages exist in a language, mirror URLs."""

from urllib.parse import quote

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DIRECTIONS = {"ar": "rtl", "en": "ltr"}
# OpenGraph wants a territory; the camp is in Saudi Arabia.
OG_LOCALES = {"ar": "ar_SA", "en": "en_US"}


def current_language():
    return translation.get_language() or DEFAULT_LANGUAGE


def is_translated(obj, language=None):
    """A page (or snippet) exists in a language when its title there is filled in.

    Arabic is required, so only the other languages can be missing.
    """
    language = language or current_language()
    if language == DEFAULT_LANGUAGE:
        return True
    return bool(getattr(obj, f"title_{language}", None))


def translated_q(language=None, prefix=""):
    """A filter that keeps only pages translated into `language` (see `is_translated`)."""
    language = language or current_language()
    if language == DEFAULT_LANGUAGE:
        return Q()
    field = f"{prefix}title_{language}"
    return ~Q(**{field: ""}) & Q(**{f"{field}__isnull": False})


def page_url_in(page, language, request=None, full=False):
    """The page's URL in `language`: its own slug path under that language's prefix."""
    with translation.override(language):
        if full:
            return page.get_full_url(request=request)
        return page.get_url(request=request)


def path_in(path, language):
    """The same non-page URL (search, 404…) under another language's prefix.

    Non-page URL patterns are the same in every language, so swapping the prefix is enough.
    """
    head, _sep, rest = path.lstrip("/").partition("/")
    if head in LANGUAGE_CODES:
        return f"/{language}/{rest}"
    return f"/{language}/"


def switch_url(language, target_path, query_string=""):
    """The switcher's link: remembers the choice in a cookie, then lands on `target_path`."""
    target = target_path + (f"?{query_string}" if query_string else "")
    return f"{reverse('switch_language', args=[language])}?next={quote(target, safe='')}"
