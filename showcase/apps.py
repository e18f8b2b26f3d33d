from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShowcaseConfig(AppConfig):
    """Innovations, the partners behind them, and the themes that group them."""

    name = "showcase"
    verbose_name = _("Showcase")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported for its side effect: it tells the page cache what else shows these pages.
        from showcase import purge  # noqa: F401
