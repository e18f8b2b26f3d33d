from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """Innovations sent by the public through the "submit your innovation" form."""

    name = "showcase.submissions"
    label = "submissions"
    verbose_name = _("Submissions from innovators")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from showcase.submissions import decisions

        decisions.connect()
