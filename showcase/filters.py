"""The showcase filter: themes and stages, several values at once, on the server.

Values combine as (any selected theme) AND (any selected stage). Unknown values are
ignored and reported, so an old or mistyped link still shows a sensible page.

One query reads (innovation, stage, theme) for every live innovation of the showcase; the
result list, its size and the counts beside each option are worked out from those rows, so
the filter costs the same number of queries however many innovations and filters there are.
"""

from collections import defaultdict

from core.i18n import translated_q
from showcase.models import InnovationPage, Stage, Theme
from showcase.selectors import live_innovations

MAX_VALUES = 20  # more values than there are options is never a real selection
ORDER = ("-published_on", "-first_published_at", "pk")


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
        self._selected_theme_ids = {theme.pk for theme in self.themes if theme.slug in self.selected_themes}
        self._rows = None

    @property
    def is_active(self):
        return bool(self.selected_themes or self.selected_stages)

    def _read(self):
        """Every live innovation of the showcase in display order: {pk: (stage, theme ids)}."""
        if self._rows is None:
            rows = (
                InnovationPage.objects.live()
                .filter(translated_q())
                .child_of(self.index_page)
                .order_by(*ORDER)
                .values_list("pk", "stage", "themes")
            )
            self._rows = {}
            for pk, stage, theme in rows:
                _stage, themes = self._rows.setdefault(pk, (stage, set()))
                if theme is not None:
                    themes.add(theme)
        return self._rows

    def _has_theme(self, themes):
        return not self._selected_theme_ids or bool(themes & self._selected_theme_ids)

    def _has_stage(self, stage):
        return not self.selected_stages or stage in self.selected_stages

    def result_ids(self):
        """The matching innovations' ids, in display order."""
        return [
            pk
            for pk, (stage, themes) in self._read().items()
            if self._has_theme(themes) and self._has_stage(stage)
        ]

    def innovations(self, ids):
        """The innovations with these ids, ready for cards, in the order of `ids`."""
        by_pk = {innovation.pk: innovation for innovation in live_innovations().filter(pk__in=ids)}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def theme_options(self):
        """Each theme with how many results it would add, given the selected stages."""
        counts = defaultdict(int)
        for stage, themes in self._read().values():
            if self._has_stage(stage):
                for theme in themes:
                    counts[theme] += 1
        return [
            {
                "value": theme.slug,
                "label": theme.title,
                "count": counts[theme.pk],
                "selected": theme.slug in self.selected_themes,
            }
            for theme in self.themes
            if theme.title  # a theme with no name in this language is left out (core.fallbacks)
        ]

    def stage_options(self):
        """Each stage with how many results it would add, given the selected themes."""
        counts = defaultdict(int)
        for stage, themes in self._read().values():
            if self._has_theme(themes):
                counts[stage] += 1
        return [
            {
                "value": stage.value,
                "label": stage.label,
                "count": counts[stage.value],
                "selected": stage.value in self.selected_stages,
            }
            for stage in Stage
        ]
