from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """Every image on the site: alt text (Wagtail's `description`) and credit in both languages.

    `description` and `credit` are registered for translation in core/translation.py, so
    `image.description` and `image.credit` resolve to the active language.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who made the image, shown under it, e.g. “Photo: Manafe Consulting”."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("Terms of use for the press, e.g. “Free for editorial use with credit”."),
    )
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_("Generated for the demo: replace before launch."),
    )

    admin_form_fields = tuple(f for f in Image.admin_form_fields if f != "description") + (
        "description_ar",
        "description_en",
        "credit_ar",
        "credit_en",
        "licence",
        "is_sample",
    )

    @property
    def default_alt_text(self):
        # The alt text in the active language; Wagtail falls back to the title otherwise.
        return self.description or self.title


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
