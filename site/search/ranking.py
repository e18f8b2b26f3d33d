"""A parsed query → one page of matching entries, scored, ordered and cut in the database.

The database reads only the `SearchKey` rows of the query's keys through the (language,
key) index, scores each entry from them with `CASE`/`MAX`/`SUM` (`GROUP BY` entry), orders
the entries and returns one page of ids with the number of matches (window functions), in
one query. Python never sees the other candidates, so the cost follows the page size, not
the number of matching pages.

The order, the same on SQLite and PostgreSQL because every comparison is on integers or on
strings by code point: pages holding every query word (unless none does: then the pages
holding the most words, flagged `partial`); then the sum over words of how well the title
matches; then the same for the text, where the word itself gains a little for each
repetition; then the shorter title (in words), the case-folded title, the page id.
How well a key matches a word (`search.query`): the word itself (EXACT), one of its
spellings (VARIANT_MATCH), a synonym (SYNONYM), another number of the noun (NUMBER), a
longer word it starts (PREFIX); `KeySet.quality` applies the same order to mark excerpts.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import Case, F, IntegerField, Max, Q, Value, When
from django.db.models.functions import Collate

from core.i18n import translated_q
from search.index import SURFACE, VARIANT
from search.models import SearchKey
from search.query import (
    EXACT,
    LAST_CHAR,
    MAX_REPEAT_BONUS,
    NUMBER,
    PREFIX,
    PREFIX_MIN,
    SYNONYM,
    VARIANT_MATCH,
    private_q,
)

KEY = "code_key"


@dataclass(frozen=True)
class Results:
    """One page of results: `entry_ids` best first, `total` matches in all (the number a
    paginator needs), `partial` when no page holds every word."""

    entry_ids: list
    total: int
    partial: bool
    offset: int = 0

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        # Django's Paginator asks for [offset:offset + per page]: the page already fetched.
        if not isinstance(window, slice) or (window.start or 0) != self.offset:
            raise IndexError("Only the page searched for is available")
        return self.entry_ids[: (window.stop or self.offset) - self.offset]


def search(query, language, root_page=None, offset=0, limit=10):
    """`limit` entry ids from `offset` for `query` in `language`, best first."""
    if not query.terms:
        return Results([], 0, False, offset)
    grouped = _grouped(query, language, root_page)
    sql, params = grouped.query.sql_with_params()
    count = len(query.terms)
    sort_title = 'sort_title COLLATE "C"' if connection.vendor == "postgresql" else "sort_title"
    total = " + ".join(f"m{index}" for index in range(count))
    title = " + ".join(f"t{index}" for index in range(count))
    body = " + ".join(f"b{index}" for index in range(count))
    ranked = (
        "SELECT entry_id, matched, COUNT(*) OVER (), "  # noqa: S608 (no text from the visitor)
        "SUM(CASE WHEN matched = %s THEN 1 ELSE 0 END) OVER () FROM ("
        f"SELECT entry_id, page_id, title_length, sort_title, {total} AS matched, "
        f"{title} AS title_score, {body} AS body_score FROM ({sql}) grouped) scored "
        f"ORDER BY matched DESC, title_score DESC, body_score DESC, title_length, {sort_title}, page_id "
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(ranked, (count, *params, limit, offset))
        rows = cursor.fetchall()
    if not rows:
        return Results([], 0, False, offset)
    complete = rows[0][3]
    if complete:
        return Results([row[0] for row in rows if row[1] == count], complete, False, offset)
    return Results([row[0] for row in rows], rows[0][2], True, offset)


def _grouped(query, language, root_page):
    """One row per matching entry: its tie-breakers and, per query word i, whether any key
    matches it (m<i>) and how well its title (t<i>) and its text (b<i>) do."""
    rows = SearchKey.objects.alias(**{KEY: _code_point("key")})
    rows = rows.filter(query.key_q(KEY, language), entry__page__live=True)
    rows = rows.filter(translated_q(language, prefix="entry__page__"))
    if root_page is not None:
        rows = rows.filter(entry__page__path__startswith=root_page.path)
    private = private_q("entry__page__path")
    if private is not None:
        rows = rows.exclude(private)
    scores = {}
    for index, term in enumerate(query.terms):
        levels = _levels(term)
        in_title, in_body = Q(title_count__gt=0), Q(body_count__gt=0)
        exact = levels[0][0]
        scores[f"m{index}"] = _max([(reduce(or_, (c for c, _q in levels)), 1)])
        scores[f"t{index}"] = _max([(in_title & condition, quality) for condition, quality in levels])
        scores[f"b{index}"] = _max(
            [
                (in_body & exact & Q(body_count__gte=MAX_REPEAT_BONUS), EXACT + MAX_REPEAT_BONUS),
                (in_body & exact, Value(EXACT) + F("body_count")),
                *[(in_body & condition, quality) for condition, quality in levels[1:]],
            ]
        )
    return rows.values("entry_id").annotate(
        page_id=F("entry__page_id"),
        title_length=F("entry__title_length"),
        sort_title=F("entry__sort_title"),
        **scores,
    )


def _levels(term):
    """[(condition on a key row, quality)] for one query word, best first: a row takes the
    first that holds, as `CASE` does."""
    keys = [*term.keys, *(VARIANT + key for key in term.keys)]
    synonyms = [*term.synonyms, *(VARIANT + key for key in term.synonyms)]
    prefixes = [key for key in term.keys if len(key) >= PREFIX_MIN]
    levels = [
        (Q(**{KEY: term.key}), EXACT),
        (Q(**{f"{KEY}__in": keys}), VARIANT_MATCH),
    ]
    if synonyms:
        levels.append((Q(**{f"{KEY}__in": synonyms}), SYNONYM))
    if term.numbers:
        levels.append((Q(**{f"{KEY}__in": [SURFACE + spelling for spelling in term.numbers]}), NUMBER))
    if prefixes:
        starts = [
            Q(**{f"{KEY}__gte": start, f"{KEY}__lt": start + LAST_CHAR})
            for key in prefixes
            for start in (key, VARIANT + key)
        ]
        levels.append((reduce(or_, starts), PREFIX))
    return levels


def _max(levels):
    whens = [
        When(condition, then=quality if hasattr(quality, "resolve_expression") else Value(quality))
        for condition, quality in levels
    ]
    return Max(Case(*whens, default=Value(0), output_field=IntegerField()))


def _code_point(field):
    """`field` compared by code point, as Python compares strings, so a key's prefix range
    selects the same rows on both databases (PostgreSQL's default collation may not)."""
    if connection.vendor == "postgresql":
        return Collate(F(field), "C")
    return F(field)
