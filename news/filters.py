"""The newsroom filter: by kind, tag and year (one value each), on the server.

Unknown values are ignored and reported rather than failing the page.
"""

from django.db.models.functions import ExtractYear

from news.models import ArticleKind, NewsTag
from news.selectors import live_articles


class NewsFilter:
    def __init__(self, index_page, query):
        self.index_page = index_page
        self.tags = list(NewsTag.objects.all())
        base = live_articles().child_of(index_page)
        # One row per year, counted by the database (the date column is indexed).
        self.years = list(
            base.annotate(year=ExtractYear("date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        self._base = base

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

    @property
    def is_active(self):
        return bool(self.kind or self.tag or self.year)

    def results(self):
        articles = self._base
        if self.kind:
            articles = articles.filter(kind=self.kind)
        if self.tag:
            articles = articles.filter(tags__slug=self.tag)
        if self.year:
            articles = articles.filter(date__year=self.year)
        return articles

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
