from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every page shares: base page, blocks, images, site settings, language helpers."""

    name = "core"
    verbose_name = _("Site-wide")
    default_auto_field = "django.db.models.BigAutoField"
