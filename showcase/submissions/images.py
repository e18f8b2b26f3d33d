"""The optional image of a submission: checked by its content, never stored as sent.

The file's name and declared type are ignored: Pillow reads the header, the pixel count is
checked before any decoding (a small PNG can declare billions of pixels), the file is
verified, then decoded and written again as a new file. Re-encoding also drops what the
original carried besides pixels (EXIF, GPS position, embedded scripts or trailing data).
"""

import io
import uuid
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pillow's format name -> (file extension, options for saving).
ACCEPTED = {
    "JPEG": ("jpg", {"quality": 88, "optimize": True}),
    "PNG": ("png", {"optimize": True}),
    "WEBP": ("webp", {"quality": 88}),
}


class ImageRefused(ValidationError):
    pass


def _open(data):
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; here it is an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def reencoded(upload):
    """A new ContentFile holding `upload` decoded and encoded again, or ImageRefused."""
    if upload.size > MAX_BYTES:
        raise ImageRefused(_("The image is larger than 5 MB. Please send a smaller one."), code="too_large")
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ImageRefused(_("The image is larger than 5 MB. Please send a smaller one."), code="too_large")
    not_an_image = ImageRefused(_("This file is not a JPEG, PNG or WebP image."), code="not_image")
    try:
        image = _open(data)
        kind = image.format
        if kind not in ACCEPTED:
            raise not_an_image
        if image.width * image.height > MAX_PIXELS:
            raise ImageRefused(_("The image has too many pixels. Please send a smaller one."), code="too_big")
        image.verify()
        image = _open(data)
        image.load()
        image = ImageOps.exif_transpose(image)
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(
            _("The image has too many pixels. Please send a smaller one."), code="too_big"
        ) from None
    except Exception:  # anything Pillow cannot read is simply not an image we take
        raise not_an_image from None

    extension, options = ACCEPTED[kind]
    if kind == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGBA")
    out = io.BytesIO()
    image.save(out, format=kind, **options)
    # A new name too: nothing of the sender's file name reaches storage or a URL.
    return ContentFile(out.getvalue(), name=f"submission-{uuid.uuid4().hex[:12]}.{extension}")
