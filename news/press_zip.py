"""The press kit's “download everything” ZIP, streamed from the current assets."""

import os

from django.http import Http404, StreamingHttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language
from zipstream import ZIP_STORED, ZipStream

from news.selectors import press_assets


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


def build_press_zip(press_kit):
    """The ZIP: every asset whose file exists, plus a README of credits in this language."""
    assets = [asset for asset in press_assets(press_kit) if asset.file.storage.exists(asset.file.name)]
    if not assets:
        raise Http404("The press kit has no assets yet.")
    # Images and PDFs are already compressed: storing them keeps the size known in advance.
    stream = ZipStream(compress_type=ZIP_STORED, sized=True)
    used = set()
    entries = []
    for asset in assets:
        name = _arcname(asset, used)
        stream.add_path(asset.file.path, name)
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
