from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One live page in one language, as the site search (/<language>/search/) reads it.

    Written only by `core.search.index` when a page is published, and removed when it is
    unpublished or deleted; `rebuild_search_index` rewrites them all. The `*_terms` columns
    hold normalised keys (`core.search.normalise`) between single spaces, so the database only
    runs a portable `LIKE '% key%'` and SQLite and PostgreSQL select the same rows.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    title = models.TextField(_("title"))
    title_terms = models.TextField(_("title keys"))
    body_terms = models.TextField(_("text keys"))
    text = models.TextField(_("plain text"), help_text=_("The page's text without markup, for excerpts."))
    updated_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="core_searchentry_page_language"),
        ]
        indexes = [models.Index(fields=["language", "page"], name="core_searchentry_language")]

    def __str__(self):
        return f"{self.title} ({self.language})"
