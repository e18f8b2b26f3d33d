"""A parsed query → one page of matching entries, scored, ordered and cut in the database.

One SQL query reads only the `SearchKey` rows of the query's keys, and nothing else: each
row carries what the ranking needs (its entry, page, counts and the title's length), so
the database reads them from one covering index (search/migrations/0003), one index range
per group of keys (`UNION ALL`, where an `OR` of ranges would make PostgreSQL fetch every
row from the table too). It scores each entry with `CASE`/`MAX` (`GROUP BY` entry), orders
the entries and returns one page of ids with the number of matches (window functions).
Neither the entries nor the pages of the matches are joined, and Python never sees the
other candidates, so the work per match is small and the rest follows the page size.

The order, the same on SQLite and PostgreSQL because every comparison is on integers (and
keys compared by code point): pages holding every query word (unless none does: then the
pages holding the most words, flagged `partial`); then the sum over words of how well the
title matches; then the same for the text, where the word itself gains a little for each
repetition; then the shorter title (in words); then the newest page (the highest id).
How well a key matches a word (`search.query`): the word itself (EXACT), one of its
spellings (VARIANT_MATCH), a synonym (SYNONYM), another number of the noun (NUMBER), a
longer word it starts (PREFIX); `KeySet.quality` applies the same order to mark excerpts.

Which pages may be listed (`search.scope`): entries exist only for live pages in the
languages they are written in (search.index keeps it so), and the scope leaves out
restricted pages and other sites' pages by their paths.
"""

from dataclasses import dataclass

from django.db import connection

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
)
from search.scope import scope_of


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


@dataclass(frozen=True)
class Sql:
    """A piece of SQL and the parameters of its placeholders, in order."""

    text: str
    params: tuple = ()

    def guarded(self, guard):
        """This condition, only on rows where `guard` (SQL with no parameter) holds."""
        return Sql(f"{guard} AND ({self.text})", self.params)


def _join(pieces, separator):
    return Sql(
        separator.join(piece.text for piece in pieces), tuple(p for piece in pieces for p in piece.params)
    )


def search(query, language, root_page=None, offset=0, limit=10, scope=None):
    """`limit` entry ids from `offset` for `query` in `language`, best first. `scope`
    (search.scope) defaults to the one of `root_page`'s site (a query or two to find)."""
    if not query.terms:
        return Results([], 0, False, offset)
    if scope is None:
        scope = scope_of(root_page)
    key = 'key COLLATE "C"' if connection.vendor == "postgresql" else "key"
    count = len(query.terms)
    scores = _scores(query, key)
    rows = _candidate_rows(query, language, key, scope)
    ranked = (
        "SELECT entry_id, matched, COUNT(*) OVER (), "  # noqa: S608 (no text from the visitor)
        "SUM(CASE WHEN matched = %s THEN 1 ELSE 0 END) OVER () FROM ("
        f"SELECT entry_id, {scores.text}, MAX(page_id) AS page_id, MAX(title_length) AS title_length "
        f"FROM ({rows.text}) candidates GROUP BY entry_id) scored "
        "ORDER BY matched DESC, title_score DESC, body_score DESC, title_length, page_id DESC "
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(ranked, (count, *scores.params, *rows.params, limit, offset))
        rows = cursor.fetchall()
    if not rows:
        return Results([], 0, False, offset)
    complete = rows[0][3]
    if complete:
        return Results([row[0] for row in rows if row[1] == count], complete, False, offset)
    return Results([row[0] for row in rows], rows[0][2], True, offset)


def _candidate_rows(query, language, key, scope):
    """The key rows holding any key of the query: the keys themselves, then each prefix's
    range (see `Query.key_ranges`), each branch one range of the covering index."""
    exclusion, exclusion_params = scope.exclusion("page_id")
    exact, prefixes = query.key_ranges()
    table = SearchKey._meta.db_table
    columns = (
        "SELECT entry_id, page_id, title_length, key, title_count, body_count "  # noqa: S608
        f"FROM {table} WHERE language = %s"
    )
    keys = _in(key, exact)
    branches = [Sql(f"{columns} AND {keys.text}{exclusion}", (language, *keys.params, *exclusion_params))]
    for prefix in prefixes:
        branches.append(
            Sql(
                f"{columns} AND {key} > %s AND {key} < %s{exclusion}",
                (language, prefix, prefix + LAST_CHAR, *exclusion_params),
            )
        )
    return _join(branches, " UNION ALL ")


def _scores(query, key):
    """The aggregates scoring an entry: `matched` (how many query words it holds),
    `title_score` and `body_score` (summed over the words; see the module's text)."""
    matched, title, body = [], [], []
    for term in query.terms:
        levels = _levels(term, key)
        exact = levels[0][0]
        any_level = _join([Sql(f"({condition.text})", condition.params) for condition, _q in levels], " OR ")
        matched.append(_best([(any_level, 1)]))
        title.append(
            _best([(condition.guarded("title_count > 0"), quality) for condition, quality in levels])
        )
        body.append(
            _best(
                [
                    (exact.guarded(f"body_count >= {MAX_REPEAT_BONUS}"), EXACT + MAX_REPEAT_BONUS),
                    (exact.guarded("body_count > 0"), f"{EXACT} + body_count"),
                    *[(condition.guarded("body_count > 0"), quality) for condition, quality in levels[1:]],
                ]
            )
        )
    return _join(
        [
            Sql(f"{_join(matched, ' + ').text} AS matched", _join(matched, " + ").params),
            Sql(f"{_join(title, ' + ').text} AS title_score", _join(title, " + ").params),
            Sql(f"{_join(body, ' + ').text} AS body_score", _join(body, " + ").params),
        ],
        ", ",
    )


def _best(levels):
    """The best quality over the entry's rows, each row taking the first level it meets."""
    whens = [Sql(f"WHEN {condition.text} THEN {quality}", condition.params) for condition, quality in levels]
    joined = _join(whens, " ")
    return Sql(f"MAX(CASE {joined.text} ELSE 0 END)", joined.params)


def _levels(term, key):
    """[(condition on a key row, quality)] for one query word, best first."""
    keys = [*term.keys, *(VARIANT + k for k in term.keys)]
    synonyms = [*term.synonyms, *(VARIANT + k for k in term.synonyms)]
    prefixes = [k for k in term.keys if len(k) >= PREFIX_MIN]
    levels = [(Sql(f"{key} = %s", (term.key,)), EXACT), (_in(key, keys), VARIANT_MATCH)]
    if synonyms:
        levels.append((_in(key, synonyms), SYNONYM))
    if term.numbers:
        levels.append((_in(key, [SURFACE + spelling for spelling in term.numbers]), NUMBER))
    if prefixes:
        ranges = [
            Sql(f"({key} >= %s AND {key} < %s)", (start, start + LAST_CHAR))
            for k in prefixes
            for start in (k, VARIANT + k)
        ]
        levels.append((_join(ranges, " OR "), PREFIX))
    return levels


def _in(key, values):
    return Sql(f"{key} IN ({', '.join(['%s'] * len(values))})", tuple(values))
