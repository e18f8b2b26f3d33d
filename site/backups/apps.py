from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    """The `backup_site` and `restore_site` commands (bin/backup, bin/restore)."""

    name = "backups"
    verbose_name = _("Backups")
