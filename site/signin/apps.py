from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigninConfig(AppConfig):
    """How editors get into the admin: throttled passwords, then a second factor."""

    name = "signin"
    verbose_name = _("Sign-in")
    default_auto_field = "django.db.models.BigAutoField"
