from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageTreeConfig(AppConfig):
    """Replaces two of wagtail-modeltranslation's Page patches with database lookups.

    Listed after `wagtail_modeltranslation` in INSTALLED_APPS, so its `ready()` runs after the
    library has patched the page models and can replace what it installed.
    """

    name = "pagetree"
    verbose_name = _("Page tree")

    def ready(self):
        from pagetree import overrides

        overrides.install()
