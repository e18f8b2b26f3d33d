"""The showcase filter: themes and stages, several values at once, on the server.

Values combine as (any selected theme) AND (any selected stage). Unknown values are
ignored and reported, so an old or mistyped link still shows a sensible page.

The database does the work, so no request reads a row per innovation: the themes come with
their counts (one GROUP BY over the theme links), the stages with theirs (one GROUP BY on
the indexed stage column), and the number of results is the sum of the selected stages'
counts, so the paginator reads only one page of innovations. Four queries with the page's
themes, however many innovations there are.

The counts are kept per selection and language until content changes (serving.shared): at
20,000 innovations the two GROUP BYs cost ~30 ms, which every reader of the showcase would
otherwise pay for numbers that only an editor's save can change.
"""

from django.db.models import Count, Exists, OuterRef, Q

from core.paging import Counted
from serving.shared import remember_in_language
from showcase.models import InnovationPage, Stage, Theme
from showcase.selectors import Themes, live_innovations

MAX_VALUES = 20  # more values than there are options is never a real selection


class ShowcaseFilter:
    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        query = request.GET
        requested_themes = query.getlist("theme")[:MAX_VALUES]
        requested_stages = query.getlist("stage")[:MAX_VALUES]
        stage_values = set(Stage.values)
        self.selected_stages = [value for value in dict.fromkeys(requested_stages) if value in stage_values]
        # Theme counts follow the selected stages only, so they come with the themes.
        self.themes = self._remember(("themes", *sorted(self.selected_stages)), self._count_themes)
        theme_slugs = {theme.slug for theme in self.themes}
        self.selected_themes = [slug for slug in dict.fromkeys(requested_themes) if slug in theme_slugs]
        self.ignored = [v for v in requested_themes if v not in theme_slugs] + [
            v for v in requested_stages if v not in stage_values
        ]
        self._selected_theme_ids = {theme.pk for theme in self.themes if theme.slug in self.selected_themes}
        self._stage_counts = None

    def _remember(self, name, compute):
        """`compute()` kept for this showcase, language and selection until content changes."""
        return remember_in_language(self.request, ("showcase-filter", self.index_page.pk, *name), compute)

    def _count_themes(self):
        """Every theme with how many live innovations at the selected stages it has."""
        counted = Q(innovationpage__in=self._with_stages(self._live()).values("pk"))
        return list(Theme.objects.annotate(matches=Count("innovationpage", filter=counted)))

    @property
    def is_active(self):
        return bool(self.selected_themes or self.selected_stages)

    def _live(self):
        """Live innovations of this showcase in the active language (a query, not rows)."""
        return InnovationPage.objects.shown(under=self.index_page)

    def _with_themes(self, innovations):
        if not self._selected_theme_ids:
            return innovations
        # EXISTS, not a join: an innovation with two selected themes is still one result.
        chosen = Themes.objects.filter(innovationpage_id=OuterRef("pk"))
        chosen = chosen.filter(theme_id__in=self._selected_theme_ids)
        return innovations.filter(Exists(chosen))

    def _with_stages(self, innovations):
        return innovations.filter(stage__in=self.selected_stages) if self.selected_stages else innovations

    def stage_counts(self):
        """{stage: innovations with a selected theme at that stage}, one GROUP BY."""
        if self._stage_counts is None:
            name = ("stages", *sorted(self._selected_theme_ids))
            self._stage_counts = self._remember(name, self._count_stages)
        return self._stage_counts

    def _count_stages(self):
        matching = self._with_themes(self._live()).order_by()
        rows = matching.values("stage").annotate(matches=Count("pk")).values_list("stage", "matches")
        return dict(rows)

    def results(self):
        """The matching innovations, ready for cards, newest first, counted without a query
        of their own: the paginator reads one page of them."""
        counts = self.stage_counts()
        stages = self.selected_stages or counts
        total = sum(counts.get(stage, 0) for stage in stages)
        innovations = self._with_stages(self._with_themes(live_innovations(under=self.index_page)))
        return Counted(innovations, total)

    def theme_options(self):
        """Each theme with how many results it would add, given the selected stages."""
        return [
            {
                "value": theme.slug,
                "label": theme.title,
                "count": theme.matches,
                "selected": theme.slug in self.selected_themes,
            }
            for theme in self.themes
            if theme.title  # a theme with no name in this language is left out (core.fallbacks)
        ]

    def stage_options(self):
        """Each stage with how many results it would add, given the selected themes."""
        counts = self.stage_counts()
        return [
            {
                "value": stage.value,
                "label": stage.label,
                "count": counts.get(stage.value, 0),
                "selected": stage.value in self.selected_stages,
            }
            for stage in Stage
        ]
