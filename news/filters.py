"""The newsroom filter: by kind, tag and year (one value each), on the server.

Unknown values are ignored and reported rather than failing the page.

The list of years and the number of results are kept per language and selection until
content changes (serving.shared): both read every article, and only a save changes them.
"""

from django.db.models.functions import ExtractYear

from core.paging import Counted
from news.models import ArticleKind, NewsTag
from news.selectors import live_articles
from serving.shared import remember_in_language


class NewsFilter:
    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        query = request.GET
        self.tags = list(NewsTag.objects.all())
        self._base = live_articles().child_of(index_page)
        self.years = self._remember(("years",), self._list_years)

        kind = query.get("kind", "")
        tag = query.get("tag", "")
        year = query.get("year", "")
        self.kind = kind if kind in ArticleKind.values else ""
        self.tag = tag if tag in {t.slug for t in self.tags} else ""
        self.year = int(year) if year.isdigit() and len(year) == 4 and int(year) in self.years else None
        self.ignored = [
            value
            for value, valid in ((kind, self.kind), (tag, self.tag), (year, self.year))
            if value and not valid
        ]

    def _remember(self, name, compute):
        """`compute()` kept for this newsroom, language and selection until content changes."""
        return remember_in_language(self.request, ("news-filter", self.index_page.pk, *name), compute)

    def _list_years(self):
        # One row per year, counted by the database (the date column is indexed).
        years = self._base.annotate(year=ExtractYear("date")).order_by("-year")
        return list(years.values_list("year", flat=True).distinct())

    @property
    def is_active(self):
        return bool(self.kind or self.tag or self.year)

    def results(self):
        """The matching articles, newest first; the paginator reads one page of them and
        takes their number from the remembered count."""
        articles = self._base
        if self.kind:
            articles = articles.filter(kind=self.kind)
        if self.tag:
            articles = articles.filter(tags__slug=self.tag)
        if self.year:
            articles = articles.filter(date__year=self.year)
        total = self._remember(("count", self.kind, self.tag, self.year), articles.count)
        return Counted(articles, total)

    def kind_options(self):
        return [
            {"value": kind.value, "label": kind.label, "selected": kind.value == self.kind}
            for kind in ArticleKind
        ]

    def tag_options(self):
        # A tag with no name in this language is left out of the choices (core.fallbacks).
        return [
            {"value": t.slug, "label": t.title, "selected": t.slug == self.tag} for t in self.tags if t.title
        ]

    def year_options(self):
        return [{"value": str(y), "label": str(y), "selected": y == self.year} for y in self.years]
