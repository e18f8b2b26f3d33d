from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    """Where uploads live and how they go out: renditions made on publish, documents served
    as attachments with collection privacy checked (storage itself is set in settings)."""

    name = "uploads"
    verbose_name = _("Uploads")

    def ready(self):
        # Imported for its side effect: it connects a receiver to Wagtail's publish signal.
        from uploads import signals  # noqa: F401
