"""Documents go out through Django: Wagtail's serve view checks the collection's privacy and
streams the file from storage (a local folder or the bucket) as an attachment, with
`X-Content-Type-Options: nosniff` (see WAGTAILDOCS_* in settings). This wraps it so an
unreachable bucket answers a 503 page instead of a 500, and a private document is never
kept by a shared cache."""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 60


def _is_missing(error):
    if isinstance(error, FileNotFoundError):
        return True
    code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
    return isinstance(error, ClientError) and code in {"404", "NoSuchKey", "NotFound"}


def serve_document(request, document_id, document_filename):
    try:
        response = serve(request, document_id, document_filename)
    except (OSError, BotoCoreError, ClientError) as error:
        if _is_missing(error):
            raise Http404("The document's file is missing.") from error
        logger.exception("Storage unreachable while serving document %s", document_id)
        return unavailable(request)
    if response.status_code == 200 and _is_private(document_id):
        patch_cache_control(response, private=True, no_store=True)
    return response


def _is_private(document_id):
    document = get_document_model().objects.select_related("collection").get(pk=document_id)
    return document.collection.get_view_restrictions().exists()


def unavailable(request):
    """503 in the reader's language (documents have no language prefix: cookie, then
    Accept-Language, else Arabic)."""
    language = translation.get_language_from_request(request, check_path=False) or settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(request, "uploads/document_unavailable.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
