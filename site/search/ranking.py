"""A parsed query → one page of matching entries, scored, ordered and cut in the database.

One SQL query reads only the `SearchKey` rows of the query's keys, and nothing else: each
row carries what the ranking needs (its entry, page, counts and the title's length), so
the database reads them from one covering index (search/migrations/0003), one index range
per group of keys (`UNION ALL`, where an `OR` of ranges would make PostgreSQL fetch every
row from the table too). How well a row matches each query word is known before the query
runs (`Query.key_groups` grades the keys in Python), so each branch carries its grades as
constants and the database compares no text per row. It scores each entry with `MAX`
(`GROUP BY` entry), orders the entries and returns one page of ids with the number of
matches (window functions). Neither the entries nor the pages of the matches are joined,
and Python never sees the other candidates, so the work per match is a few integer
operations and the rest follows the page size.

The order, the same on SQLite and PostgreSQL because every comparison is on integers (and
keys compared by code point): pages holding every query word (unless none does: then the
pages holding the most words, flagged `partial`); then the sum over words of how well the
title matches; then the same for the text, where the word itself gains a little for each
repetition; then the shorter title (in words); then the newest page (the highest id).
How well a key matches a word (`search.query`): the word itself (EXACT), one of its
spellings (VARIANT_MATCH), a synonym (SYNONYM), another number of the noun (NUMBER), a
longer word it starts (PREFIX) — `Term.grade`; `KeySet.quality` applies the same order to
mark excerpts.

Which pages may be listed (`search.scope`): entries exist only for live pages in the
languages they are written in (search.index keeps it so), and the scope leaves out
restricted pages and other sites' pages by their paths.
"""

from dataclasses import dataclass

from django.db import connection

from search.models import SearchKey
from search.query import EXACT, LAST_CHAR, MAX_REPEAT_BONUS
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
    words = range(len(query.terms))
    rows = _graded_rows(query, language, scope)
    # Per entry and word: the best grade of a row in the title, and in the text, where the
    # word itself gains a little for each repetition.
    per_word = ", ".join(
        f"MAX(CASE WHEN title_count > 0 THEN g{n} ELSE 0 END) AS t{n}, "
        f"MAX(CASE WHEN body_count = 0 THEN 0 WHEN g{n} < {EXACT} THEN g{n} "
        f"WHEN body_count >= {MAX_REPEAT_BONUS} THEN {EXACT + MAX_REPEAT_BONUS} "
        f"ELSE {EXACT} + body_count END) AS b{n}"
        for n in words
    )
    # Every key row holds its key in the title or the text (search.index.keys_of), so a word
    # an entry holds has t or b.
    matched = " + ".join(f"CASE WHEN t{n} + b{n} > 0 THEN 1 ELSE 0 END" for n in words)
    # The number of matches, then of those holding every word: with one word, the same.
    counts = "COUNT(*) OVER ()"
    if len(words) > 1:
        counts += f", SUM(CASE WHEN matched = {len(words)} THEN 1 ELSE 0 END) OVER ()"
    ranked = (
        f"SELECT entry_id, matched, {counts} FROM ("  # noqa: S608 (no text from the visitor)
        f"SELECT entry_id, page_id, title_length, {matched} AS matched, "
        f"{' + '.join(f't{n}' for n in words)} AS title_score, "
        f"{' + '.join(f'b{n}' for n in words)} AS body_score FROM ("
        # Page and title length are the entry's own, copied onto each of its key rows.
        f"SELECT entry_id, page_id, title_length, {per_word} "
        f"FROM ({rows.text}) graded GROUP BY entry_id, page_id, title_length) summed) scored "
        "ORDER BY matched DESC, title_score DESC, body_score DESC, title_length, page_id DESC "
        "LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(ranked, (*rows.params, limit, offset))
        found = cursor.fetchall()
    if not found:
        return Results([], 0, False, offset)
    total, complete = found[0][2], found[0][-1]
    if complete:
        return Results([row[0] for row in found if row[1] == len(words)], complete, False, offset)
    return Results([row[0] for row in found], total, True, offset)


def _graded_rows(query, language, scope):
    """The key rows holding any key of the query, each with its grade for every word
    (`g0`, `g1`, …): one branch per group of keys graded alike and one per prefix's range
    (`Query.key_groups`), each one range of the covering index, the grades constants."""
    key = 'key COLLATE "C"' if connection.vendor == "postgresql" else "key"
    exclusion, exclusion_params = scope.exclusion("page_id")
    groups, ranges = query.key_groups()
    table = SearchKey._meta.db_table

    def branch(grades, condition):
        columns = ", ".join(f"{grade} AS g{n}" for n, grade in enumerate(grades))
        return Sql(
            f"SELECT entry_id, page_id, title_length, title_count, body_count, {columns} "  # noqa: S608
            f"FROM {table} WHERE language = %s AND {condition.text}{exclusion}",
            (language, *condition.params, *exclusion_params),
        )

    branches = [branch(grades, _in(key, keys)) for grades, keys in groups]
    for grades, prefix in ranges:
        branches.append(branch(grades, Sql(f"{key} > %s AND {key} < %s", (prefix, prefix + LAST_CHAR))))
    return _join(branches, " UNION ALL ")


def _in(key, values):
    return Sql(f"{key} IN ({', '.join(['%s'] * len(values))})", tuple(values))
