import warnings

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image


class HardeningConfig(AppConfig):
    """Site-wide defences: response headers, security.txt, upload limits, log hygiene."""

    name = "hardening"
    verbose_name = _("Hardening")

    def ready(self):
        # Imported in ready(), Django's place for it: the module registers a check on import.
        from hardening import checks  # noqa: F401  (registers the security.txt check)

        # Pillow's own guard against decompression bombs, at the same cap the image form uses
        # (Pillow warns above it and refuses at twice it, whatever reads the file).
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        # Past the cap Pillow only warns, then decodes anyway; as an error, Wagtail's image field
        # refuses the file before a single pixel is decoded.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
