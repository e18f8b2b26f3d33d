"""Views that are not Wagtail pages: the root redirect, the language switch, error pages."""

import logging

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from core.i18n import LANGUAGE_CODES

logger = logging.getLogger(__name__)


@vary_on_headers("Accept-Language", "Cookie")
def language_root(request):
    """`/` sends visitors to their language: the cookie, then Accept-Language, else Arabic."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in LANGUAGE_CODES:
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


@never_cache
def switch_language(request, code):
    """The language switcher: remember the choice, then go to the mirror page.

    `next` must be a path on this site under the chosen language; anything else (another
    host, a scheme, a path in the other language) is refused with a 400 page.
    """
    if code not in LANGUAGE_CODES:
        return page_not_found(request, None)
    target = request.GET.get("next", f"/{code}/")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe or not target.startswith(f"/{code}/") or "\\" in target:
        with translation.override(code):
            return render(request, "400.html", status=400)
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


def page_not_found(request, exception, template_name="404.html"):
    try:
        return render(request, template_name, status=404)
    except Exception:  # the 404 page must never become a 500
        logger.exception("404 page failed to render")
        return HttpResponseNotFound(b"Not found")


def server_error(request, template_name="500.html"):
    """The 500 page needs nothing from the database, so it renders while the database is down."""
    try:
        language = translation.get_language_from_path(request.path_info)
        language = language or settings.LANGUAGE_CODE
        with translation.override(language):
            body = loader.get_template(template_name).render(
                {"LANGUAGE_CODE": language, "LANGUAGE_BIDI": language == "ar"}
            )
        return HttpResponseServerError(body)
    except Exception:
        logger.exception("500 page failed to render")
        return HttpResponseServerError(b"Server error", content_type="text/plain")
