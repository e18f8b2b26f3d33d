"""The showcase filter: themes and stages, several values at once, on the server.

Values combine as (any selected theme) AND (any selected stage). Unknown values are
ignored and reported, so an old or mistyped link still shows a sensible page.
"""

from django.db.models import Count

from showcase.models import InnovationPage, Stage, Theme
from showcase.selectors import live_innovations

MAX_VALUES = 20  # more values than there are options is never a real selection


class ShowcaseFilter:
    def __init__(self, index_page, query):
        self.index_page = index_page
        self.themes = list(Theme.objects.all())
        theme_slugs = {theme.slug for theme in self.themes}
        stage_values = set(Stage.values)

        requested_themes = query.getlist("theme")[:MAX_VALUES]
        requested_stages = query.getlist("stage")[:MAX_VALUES]
        self.selected_themes = [slug for slug in dict.fromkeys(requested_themes) if slug in theme_slugs]
        self.selected_stages = [value for value in dict.fromkeys(requested_stages) if value in stage_values]
        self.ignored = [v for v in requested_themes if v not in theme_slugs] + [
            v for v in requested_stages if v not in stage_values
        ]

    @property
    def is_active(self):
        return bool(self.selected_themes or self.selected_stages)

    def _base(self):
        return live_innovations().child_of(self.index_page)

    def _with_themes(self, queryset):
        if not self.selected_themes:
            return queryset
        through = InnovationPage.themes.through
        matching = through.objects.filter(theme__slug__in=self.selected_themes).values("innovationpage_id")
        return queryset.filter(pk__in=matching)

    def _with_stages(self, queryset):
        if not self.selected_stages:
            return queryset
        return queryset.filter(stage__in=self.selected_stages)

    def results(self):
        return self._with_stages(self._with_themes(self._base()))

    def theme_options(self):
        """Each theme with how many results it would add, given the selected stages."""
        counts = dict(
            self._with_stages(self._base())
            .order_by()
            .values_list("themes")
            .annotate(n=Count("pk", distinct=True))
        )
        return [
            {
                "value": theme.slug,
                "label": theme.title,
                "count": counts.get(theme.pk, 0),
                "selected": theme.slug in self.selected_themes,
            }
            for theme in self.themes
        ]

    def stage_options(self):
        """Each stage with how many results it would add, given the selected themes."""
        counts = dict(self._with_themes(self._base()).order_by().values_list("stage").annotate(n=Count("pk")))
        return [
            {
                "value": stage.value,
                "label": stage.label,
                "count": counts.get(stage.value, 0),
                "selected": stage.value in self.selected_stages,
            }
            for stage in Stage
        ]
