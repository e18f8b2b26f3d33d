from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The public site search at /<language>/search/: its own index of the live pages, kept in
    step on publish (signals), editors' synonyms and picks, the searches-without-results report.
    Not Wagtail's search (wagtail.search, label wagtailsearch), which only serves the admin."""

    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported for their side effect: they connect receivers to Wagtail's publish signals
        # (index) and to saves of synonyms and picks (their caches).
        from search import picks, signals, synonyms  # noqa: F401
