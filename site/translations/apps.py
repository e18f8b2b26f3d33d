from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Which pages still lack English, or changed in Arabic after their English: stamped on
    every publish (signals, status), listed in the admin's Reports menu (reports)."""

    name = "translations"
    verbose_name = _("Translation status")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported for its side effect: it connects a receiver to Wagtail's publish signal.
        from translations import signals  # noqa: F401
