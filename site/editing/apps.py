from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditingConfig(AppConfig):
    """How editors write two languages on one screen: field labels and writing direction."""

    name = "editing"
    verbose_name = _("Editing in two languages")
