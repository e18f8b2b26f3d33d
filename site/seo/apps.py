from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines, feed readers and social networks read about each page: the
    metadata in `<head>` (seo_tags) and the JSON-LD that page types build (seo.metadata)."""

    name = "seo"
    verbose_name = _("Search engines and sharing")
