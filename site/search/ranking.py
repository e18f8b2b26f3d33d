"""A parsed query → one page of matching entries, scored, ordered and cut in the database.

One SQL query reads only the `SearchKey` rows of the query's keys, and nothing else: each
row carries what the ranking needs (its entry, page, counts and the title's length), so
the database reads them from one covering index (search/migrations/0003 and 0004), one index range
per group of keys (`UNION ALL`, where an `OR` of ranges would make PostgreSQL fetch every
row from the table too). How well a row matches each query word is known before the query
runs (`Query.key_groups` grades the keys in Python), so each branch carries its grades as
constants and the database compares no text per row. It scores each entry with `MAX`
(`GROUP BY` entry), orders the entries and returns one page of ids with the number of
matches (window functions). Neither the entries nor the pages of the matches are joined,
and Python never sees the other candidates, so the work per match is a few integer
operations and the rest follows the page size.

A common word's search reads its page of rows and counts to COUNT_LIMIT, whatever the
number of pages holding it (`_strongest_first`): the ranking index (search/migrations/0004)
holds each key's rows in the order of a one-word search's results, so when the word's first
rows hold it in the title and the text, as they do for a word on hundreds of pages, they are
the page of results, and the general ranking reads nothing. The page shows at most
COUNT_LIMIT matches (“more than 1,000 results”). Any other search ranks and counts every
page holding one of its words, and only the number shown is capped.

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

# The most matches a search page shows and pages through: past it the page says “more than
# 1,000 results”, so a common word's search need not count every page holding it.
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class Results:
    """One page of results: `entry_ids` best first, `total` matches in all up to
    COUNT_LIMIT (the number a paginator needs), `partial` when no page holds every word."""

    entry_ids: list
    total: int
    partial: bool
    offset: int = 0
    more: bool = False  # more matches than COUNT_LIMIT, the most counted

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
    (search.scope) defaults to the one of `root_page`'s site (a query or two to find).
    Matches are counted up to COUNT_LIMIT, and only that many can be paged through."""
    if not query.terms or offset >= COUNT_LIMIT:
        return Results([], 0, False, offset)
    if scope is None:
        scope = scope_of(root_page)
    limit = min(limit, COUNT_LIMIT - offset)
    if len(query.terms) == 1:
        ranked = _strongest_first(query, language, scope, offset + limit)
    else:
        ranked = _ranked(query, Sql("%s", (language,)), scope)
    # Both ways give (entry, words it holds, matches counted, matches holding every word)
    # and the order's five columns: ordering the page's rows again costs nothing and does
    # not rely on UNION ALL keeping its branches' order.
    page = f"SELECT * FROM ({ranked.text}) found {ORDER} LIMIT %s OFFSET %s"  # noqa: S608 (no text from the visitor)
    with connection.cursor() as cursor:
        cursor.execute(page, (*ranked.params, limit, offset))
        found = cursor.fetchall()
    if not found:
        return Results([], 0, False, offset)
    total, complete = found[0][2], found[0][3]
    if complete:
        return _counted([row[0] for row in found if row[1] == len(query.terms)], complete, False, offset)
    return _counted([row[0] for row in found], total, True, offset)


def _counted(entry_ids, total, partial, offset):
    return Results(entry_ids, min(total, COUNT_LIMIT), partial, offset, more=total > COUNT_LIMIT)


# The order of results, over the columns both ways of ranking give.
ORDER = "ORDER BY matched DESC, title_score DESC, body_score DESC, title_length, page_id DESC"


def _ranked(query, language, scope):
    """Every entry holding a key of the query, scored: the general way, whose work follows
    the number of matching key rows. `language` is a piece of SQL giving the language."""
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
    complete = "COUNT(*)" if len(words) == 1 else f"SUM(CASE WHEN matched = {len(words)} THEN 1 ELSE 0 END)"
    return Sql(
        f"SELECT entry_id, matched, COUNT(*) OVER () AS total, {complete} OVER () AS complete, "  # noqa: S608
        "title_score, body_score, title_length, page_id FROM ("
        f"SELECT entry_id, page_id, title_length, {matched} AS matched, "
        f"{' + '.join(f't{n}' for n in words)} AS title_score, "
        f"{' + '.join(f'b{n}' for n in words)} AS body_score FROM ("
        # Page and title length are the entry's own, copied onto each of its key rows.
        f"SELECT entry_id, page_id, title_length, {per_word} "
        f"FROM ({rows.text}) graded GROUP BY entry_id, page_id, title_length) summed) scored",
        rows.params,
    )


def _strongest_first(query, language, scope, wanted):
    """One word's results, reading no more rows than the page needs when the word is common.

    A row of the word itself (EXACT) in an entry's title and text scores the most any entry
    can: the title's grade is at most EXACT, and only such a row's text scores above EXACT
    (search.query). So when the first `wanted` rows of the word's own key, in the ranking
    index's order (search/migrations/0004), all hold it in both, they are the first `wanted`
    results, in that order, whatever else matches (an entry has one row per key:
    search.index.keys_of). The database then reads those rows, counts up to COUNT_LIMIT + 1
    of the key's rows, and finds no row for the general ranking; otherwise it ranks in
    full, as for any other query."""
    term = query.terms[0]
    key_column, bonus = _strongest_columns()
    exclusion, exclusion_params = scope.exclusion("page_id")
    own_rows = Sql(
        f"FROM {SearchKey._meta.db_table} WHERE language = %s AND {key_column} = %s{exclusion}",
        (language, term.key, *exclusion_params),
    )
    strongest = Sql(
        f"SELECT entry_id, title_count, body_count, title_length, page_id {own_rows.text} "
        f"ORDER BY title_count > 0 DESC, {bonus} DESC, title_length, page_id DESC LIMIT %s",
        (*own_rows.params, wanted),
    )
    # Whether the first rows settle the page: the word is on more pages than are counted,
    # and each of the first rows holds it in the title and the text.
    settled = Sql(
        f"(SELECT COUNT(*) FROM (SELECT 1 {own_rows.text} LIMIT {COUNT_LIMIT + 1}) counted) > {COUNT_LIMIT} "  # noqa: S608
        "AND (SELECT COUNT(*) FROM strongest WHERE title_count > 0 AND body_count > 0) = %s",
        (*own_rows.params, wanted),
    )
    # Once settled, the general ranking asks for the language NULL, which no key row has: it
    # reads nothing. (A plain condition on `settled` would not stop SQLite reading every row;
    # a NULL in the index's first column ends the range before it starts, on both databases.)
    ranked = _ranked(query, Sql("(SELECT CASE WHEN yes = 0 THEN %s END FROM settled)", (language,)), scope)
    return Sql(
        f"WITH strongest AS ({strongest.text}), "  # noqa: S608
        f"settled AS (SELECT CASE WHEN {settled.text} THEN 1 ELSE 0 END AS yes) "
        f"SELECT entry_id, 1 AS matched, {COUNT_LIMIT + 1} AS total, {COUNT_LIMIT + 1} AS complete, "
        f"{EXACT} AS title_score, {EXACT} + {bonus} AS body_score, title_length, page_id "
        "FROM strongest WHERE (SELECT yes FROM settled) = 1 "
        f"UNION ALL {ranked.text}",
        (*strongest.params, *settled.params, *ranked.params),
    )


def _strongest_columns():
    """The key column and the text's capped count, written as the ranking index holds them."""
    if connection.vendor == "postgresql":
        return 'key COLLATE "C"', f"LEAST(body_count, {MAX_REPEAT_BONUS})"
    return "key", f"MIN(body_count, {MAX_REPEAT_BONUS})"


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
            f"FROM {table} WHERE language = {language.text} AND {condition.text}{exclusion}",
            (*language.params, *condition.params, *exclusion_params),
        )

    branches = [branch(grades, _in(key, keys)) for grades, keys in groups]
    for grades, prefix in ranges:
        branches.append(branch(grades, Sql(f"{key} > %s AND {key} < %s", (prefix, prefix + LAST_CHAR))))
    return _join(branches, " UNION ALL ")


def _in(key, values):
    return Sql(f"{key} IN ({', '.join(['%s'] * len(values))})", tuple(values))
