from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The full-page cache for anonymous visitors and its exact purge."""

    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        # Imported for their side effect: receivers that purge on publish and edits.
        from pagecache import signals  # noqa: F401
