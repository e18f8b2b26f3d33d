from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# These models came from the core app and keep the tables core made (Meta.db_table), so a site
# with data upgraded in place: search/migrations/0001 takes them over in Django's state only.


class SearchEntry(models.Model):
    """One live page in one language, as the site search (/<language>/search/) reads it.

    Written only by `search.index` when a page is published, and removed when it is
    unpublished or deleted; `rebuild_search_index` rewrites them all. The `*_terms` columns
    hold normalised keys (`search.normalise`) between single spaces; the search itself
    reads the entry's `SearchKey` rows.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    title = models.TextField(_("title"))
    # Copied onto each of the entry's keys, where the ranking reads it (search.ranking).
    title_length = models.PositiveSmallIntegerField(_("words in the title"), default=0)
    # Which version of the index code wrote the entry (search.index.INDEX_FORMAT): the
    # release step rebuilds the index when any entry is older.
    index_format = models.PositiveSmallIntegerField(_("index format"), default=0)
    title_terms = models.TextField(_("title keys"))
    body_terms = models.TextField(_("text keys"))
    text = models.TextField(_("plain text"), help_text=_("The page's text without markup, for excerpts."))
    updated_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        db_table = "core_searchentry"
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="core_searchentry_page_language"),
        ]
        indexes = [models.Index(fields=["language", "page"], name="core_searchentry_language")]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchKey(models.Model):
    """One key (search.normalise) an entry's title or text holds, and how often: the
    search finds and ranks entries from these rows alone (search.ranking), and typo
    correction (search.typos) reads the site's vocabulary here. Variant keys start with
    “~”, broken-plural spellings with “=” (search.index)."""

    entry = models.ForeignKey(
        SearchEntry, verbose_name=_("search entry"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    key = models.CharField(_("key"), max_length=101)
    title_count = models.PositiveSmallIntegerField(_("in the title"), default=0)
    body_count = models.PositiveSmallIntegerField(_("in the text"), default=0)
    # The entry's page and title length, copied onto each key so the ranking reads key rows
    # alone, through one covering index (search/migrations/0003 and 0004), and never joins the
    # entries or the pages of every match. No constraint and no index of their own: the
    # entry's cascade already removes a deleted page's keys.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    title_length = models.PositiveSmallIntegerField(_("words in the title"), default=0)

    class Meta:
        db_table = "core_searchkey"
        verbose_name = _("search key")
        verbose_name_plural = _("search keys")
        indexes = [models.Index(fields=["language", "key"], name="core_searchkey_language_key")]

    def __str__(self):
        return self.key


class SearchSynonyms(models.Model):
    """Words a search in one language treats as the same (Hajj, Haj, Hadj), kept by editors.

    Applied when a query is read (search.synonyms), so a change works at once and the
    index is not rewritten. Search pages are not page-cached, so nothing is purged.
    """

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, unique=True)
    groups = models.TextField(
        _("groups of synonyms"),
        blank=True,
        help_text=_(
            "One group per line: single words that mean the same, separated by commas. "
            "A search for any of them finds pages with the others too."
        ),
    )

    class Meta:
        db_table = "core_searchsynonyms"
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return str(_("Search synonyms (%(language)s)") % {"language": self.get_language_display()})


class SearchMiss(models.Model):
    """How often a query found nothing, per day and language: the normalised query text and
    a count, nothing about who searched (the “searches without results” report)."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=200)
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        db_table = "core_searchmiss"
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="core_searchmiss_day_query"),
        ]

    def __str__(self):
        return self.query


class SearchPick(models.Model):
    """A page editors put first for a query in one language (“editor's pick”).

    Matched on the query's keys (`query_keys`, set on save), so “Hajj guide”, “hajj guides”
    and “HAJJ  guide” share one pick, as they share their results.
    """

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    query = models.CharField(_("query"), max_length=200, help_text=_("The words a reader searches for."))
    query_keys = models.CharField(_("query keys"), max_length=400, editable=False, db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower comes first."))

    panels = ["language", "query", "page", "sort_order"]

    class Meta:
        db_table = "core_searchpick"
        verbose_name = _("editor's pick")
        verbose_name_plural = _("editors' picks")
        ordering = ["language", "query_keys", "sort_order", "pk"]

    def __str__(self):
        return f"{self.query} → {self.page}"

    def save(self, *args, **kwargs):
        from search.query import Query  # the search package imports these models

        self.query_keys = Query.parse(self.query).keys_text()
        super().save(*args, **kwargs)
