from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """The newsroom (news, press releases, announcements) and the press kit."""

    name = "news"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported for its side effect: it tells the page cache what else shows these pages.
        from news import purge  # noqa: F401
