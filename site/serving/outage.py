"""While the database is away: a 503 page in the visitor's language instead of a 500.

Views are covered by `DatabaseOutageMiddleware.process_exception`; errors raised outside a
view (another middleware, a response being rendered late) reach `server_error`, Django's
handler500, which makes the same decision. Pages the page cache holds never get this far.
"""

import logging
import sys

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from core.views import server_error as core_server_error
from serving.database import is_outage

logger = logging.getLogger(__name__)

# Long enough for a database fail-over or restart, short enough that readers come back soon.
RETRY_AFTER_SECONDS = 30

FALLBACK = "الموقع غير متاح مؤقتًا — The site is briefly unavailable."


def outage_response(request):
    """Rendered from the template and the path alone: nothing here touches the database."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            body = loader.render_to_string(
                "503.html", {"LANGUAGE_CODE": language, "LANGUAGE_BIDI": translation.get_language_bidi()}
            )
        response = HttpResponse(body, status=503)
    except Exception:  # noqa: BLE001 - the outage page itself must never become a 500
        logger.exception("503 page failed to render")
        response = HttpResponse(FALLBACK, status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    # Neither the page cache nor a CDN may keep the outage page once the database is back.
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return respond_to_outage(request, exception)


def respond_to_outage(request, exception):
    """The 503 page (one log line, no traceback) if `exception` is a database outage, else None."""
    if is_outage(exception):
        logger.error("Database unavailable, 503 for %s %s: %s", request.method, request.path, exception)
        return outage_response(request)
    return None


def server_error(request, template_name="500.html"):
    """handler500: called inside Django's `except` block, so the exception is at hand."""
    if is_outage(sys.exception()):
        return outage_response(request)
    return core_server_error(request, template_name)
