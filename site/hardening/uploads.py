"""Limits on editors' uploads: document size, and image files that cannot be decoded.

Wagtail itself limits image bytes and pixels (WAGTAILIMAGES_MAX_UPLOAD_SIZE, _MAX_IMAGE_PIXELS).
"""

import warnings

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class LimitedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.DOCUMENTS_MAX_UPLOAD_SIZE
        if upload and "file" in self.changed_data and upload.size > limit:
            raise forms.ValidationError(
                _("This file is too big (%(size)s). The largest document you can upload is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        return upload


def declared_size(f):
    """(width, height) from the image header; (0, 0) when Pillow cannot read one (SVG, say)."""
    f.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(f) as image:
                return image.size
    except PILImage.DecompressionBombError:
        return (PILImage.MAX_IMAGE_PIXELS, 3)  # over twice the cap: certainly too many
    except Exception:  # noqa: BLE001 (not ours to judge: Wagtail's checks report the format)
        return (0, 0)
    finally:
        f.seek(0)


class SafeImageField(WagtailImageField):
    """Wagtail's image field, with unreadable pixel data refused instead of crashing.

    Measuring an upload makes Willow decode it; a file whose header is fine but whose data is
    cut short or corrupt raises OSError there, which Wagtail would let through as a 500.
    """

    def check_image_pixel_size(self, f):
        # Count the pixels the header declares before anything is decoded: Willow decodes the
        # whole file just to measure it, and Pillow only warns (does not stop) up to twice its cap.
        width, height = declared_size(f)
        if self.max_image_pixels and width * height > self.max_image_pixels:
            raise forms.ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )
        try:
            super().check_image_pixel_size(f)
        except (OSError, ValueError, SyntaxError) as error:
            raise forms.ValidationError(
                _("This image cannot be read: the file is damaged or incomplete."), code="invalid_image"
            ) from error


class LimitedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form (not declared on the class) so its messages are in this request's
        # language: Wagtail's image field formats some of them when it is created.
        if isinstance(old := self.fields.get("file"), WagtailImageField):
            self.fields["file"] = SafeImageField(
                label=old.label, required=old.required, help_text=old.help_text, widget=old.widget
            )
