"""The press kit's “download everything” ZIP, streamed from the current assets."""

import logging
import os

from django.http import Http404, StreamingHttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language
from zipstream import ZIP_STORED, ZipStream

logger = logging.getLogger(__name__)
CHUNK_SIZE = 64 * 1024


def _arcname(asset, used):
    base = slugify(asset.title, allow_unicode=True) or f"asset-{asset.pk}"
    ext = os.path.splitext(asset.file.name)[1].lower()
    name = f"{asset.kind}s/{base}{ext}"
    counter = 2
    while name in used:
        name = f"{asset.kind}s/{base}-{counter}{ext}"
        counter += 1
    used.add(name)
    return name


def _public_size(asset):
    """The size of the asset's file, or None when it cannot go into the public ZIP: a
    document in a private collection, or a file that is missing or out of reach."""
    if asset.document_id and asset.document.collection.get_view_restrictions().exists():
        return None
    try:
        return asset.file.storage.size(asset.file.name)
    except Exception:  # missing locally or in the bucket, or storage unreachable
        logger.warning("Press kit asset %s left out of the ZIP: its file is not available", asset.pk)
        return None


def _chunks(storage, name):
    # Read from the storage (a local folder or a bucket), never from a local path.
    with storage.open(name, "rb") as file:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk


def build_press_zip(press_kit):
    """The ZIP: every public asset whose file exists, plus a README of credits in this language."""
    sized = [(asset, _public_size(asset)) for asset in press_kit.current_assets()]
    assets = [(asset, size) for asset, size in sized if size is not None]
    if not assets:
        raise Http404("The press kit has no assets yet.")
    # Images and PDFs are already compressed: storing them keeps the size known in advance.
    stream = ZipStream(compress_type=ZIP_STORED, sized=True)
    used = set()
    entries = []
    for asset, size in assets:
        name = _arcname(asset, used)
        stream.add(_chunks(asset.file.storage, asset.file.name), name, size=size)
        entries.append({"asset": asset, "name": name})
    readme = render_to_string("news/press_kit_readme.txt", {"page": press_kit, "entries": entries})
    stream.add(readme.encode("utf-8"), "README.txt")
    return stream


def press_kit_zip_response(press_kit, request):
    stream = build_press_zip(press_kit)
    filename = f"press-kit-{get_language()}.zip"
    response = StreamingHttpResponse(stream, content_type="application/zip")
    response["Content-Length"] = str(len(stream))
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
