from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page and the camp story; gathers from the showcase and the newsroom."""

    name = "home"
    verbose_name = _("Home and story")
    default_auto_field = "django.db.models.BigAutoField"
