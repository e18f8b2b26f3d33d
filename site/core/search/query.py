"""A visitor's query → the matching entries of one language, best first.

The database is asked one portable question through an index: the `SearchKey` rows of the
query's keys (equality and code-point prefix ranges on (language, key)). Everything that
orders the answer happens here in Python on those few rows, so SQLite and PostgreSQL return
the same list in the same order: every page must hold every word (unless none does, then the pages holding
the most words), title matches before text matches, ties broken by the title's length, the
title itself and finally the page id.
"""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import F, Q
from django.db.models.functions import Collate
from wagtail.models import PageViewRestriction

from core.i18n import translated_q
from core.models import SearchKey
from core.search.index import SURFACE, VARIANT
from core.search.normalise import clean_text, is_stop_word, word_keys, words
from core.search.plurals import number_forms, surface

# Queries are cut, not refused: the form's maxlength is 200, a pasted paragraph becomes its
# first ten words.
MAX_QUERY_CHARS = 200
MAX_TERMS = 10
# A key this long also finds longer words that start with it, so a word still being typed
# finds something (التكنولوج → التكنولوجيا, Jedd → Jeddah); shorter keys must match whole
# words, or حج would find حجز and حجم.
PREFIX_MIN = 4

# Sorts after every character: [prefix, prefix + LAST_CHAR) holds the keys starting with it.
LAST_CHAR = "\U0010ffff"

# How well one query word matches a field: the word itself, one of its spellings (a
# variant), a synonym editors listed, another number of the noun (مشروع/مشاريع), or the
# start of a longer word.
EXACT, VARIANT_MATCH, SYNONYM, NUMBER, PREFIX = 10, 8, 7, 6, 5
# More occurrences in the text rank a little higher, up to this many.
MAX_REPEAT_BONUS = 5


@dataclass(frozen=True)
class Term:
    """One query word and its keys (primary first, see core.search.normalise), the keys of
    its synonyms (core.search.synonyms) and its other numbers' spellings (core.search.plurals)."""

    word: str
    keys: tuple
    synonyms: tuple = ()
    numbers: tuple = ()

    @property
    def key(self):
        return self.keys[0]


@dataclass(frozen=True)
class Query:
    text: str  # as shown back in the search box: cleaned and cut
    terms: tuple
    only_stop_words: bool = False

    @classmethod
    def parse(cls, raw, synonyms=None):
        """`synonyms` maps a key to the keys of its synonyms (core.search.synonyms)."""
        # Cut before cleaning too, so a megabyte of query costs no more than a line.
        text = clean_text((raw or "")[: MAX_QUERY_CHARS * 4])[:MAX_QUERY_CHARS].strip()
        terms, seen, stop_words = [], set(), False
        for word in words(text):
            keys = word_keys(word)
            if not keys or keys[0] in seen:
                continue
            if is_stop_word(word):
                stop_words = True
                continue
            seen.add(keys[0])
            related = tuple(k for k in (synonyms or {}).get(keys[0], ()) if k not in keys)
            terms.append(Term(word, keys, related, number_forms(word)))
        return cls(text=text, terms=tuple(terms[:MAX_TERMS]), only_stop_words=stop_words and not terms)

    def keys_text(self):
        """The query's keys in order: what editors' picks (core.SearchPick) are matched on."""
        return " ".join(term.key for term in self.terms)[:400]

    def key_q(self, field):
        """`SearchKey` rows holding a key of any term: the key itself or as a variant, a
        synonym's, an other number's spelling, or (keys of four letters and more) a longer
        key it starts."""
        exact, prefixes = set(), set()
        for term in self.terms:
            for key in term.keys + term.synonyms:
                exact.update((key, VARIANT + key))
            exact.update(SURFACE + spelling for spelling in term.numbers)
            for key in term.keys:
                if len(key) >= PREFIX_MIN:
                    prefixes.update((key, VARIANT + key))
        condition = Q(**{f"{field}__in": sorted(exact)})
        for prefix in sorted(prefixes):
            condition |= Q(**{f"{field}__gt": prefix, f"{field}__lt": prefix + LAST_CHAR})
        return condition


class KeySet:
    """The keys of a stored field or of one word, and how well a query term matches them."""

    def __init__(self, primary, variants=(), surfaces=()):
        self.surfaces = set(surfaces)
        self.primary = Counter(primary)
        self.sorted = sorted(set(self.primary) | set(variants))
        self.all = set(self.sorted)
        self.length = sum(self.primary.values())

    @classmethod
    def stored(cls, terms):
        tokens = terms.split()
        return cls(
            (token for token in tokens if token[0] not in (VARIANT, SURFACE)),
            (token[1:] for token in tokens if token.startswith(VARIANT)),
            (token[1:] for token in tokens if token.startswith(SURFACE)),
        )

    @classmethod
    def of_word(cls, word):
        keys = word_keys(word)
        spelling = surface(word)
        return cls(keys[:1], keys[1:], [spelling] if spelling else [])

    def quality(self, term):
        if term.key in self.primary:
            return EXACT
        if any(key in self.all for key in term.keys):
            return VARIANT_MATCH
        if any(key in self.all for key in term.synonyms):
            return SYNONYM
        if any(spelling in self.surfaces for spelling in term.numbers):
            return NUMBER
        for key in term.keys:
            if len(key) >= PREFIX_MIN:
                position = bisect_left(self.sorted, key)
                if position < len(self.sorted) and self.sorted[position].startswith(key):
                    return PREFIX
        return 0


@dataclass(frozen=True)
class Results:
    entry_ids: list
    partial: bool  # no page holds every word; these hold some

    def __len__(self):
        return len(self.entry_ids)


def search(query, language, root_page=None):
    """Entry ids for `query` in `language`, best first (see the module docstring).

    One query reads only the `SearchKey` rows of the query's keys, through their
    (language, key) index: the cost follows the pages that match, not the size of the site,
    and no page's full text is read.
    """
    if not query.terms:
        return Results([], False)
    rows = SearchKey.objects.filter(language=language).alias(code_key=_code_point("key"))
    rows = rows.filter(query.key_q("code_key"), entry__page__live=True)
    rows = rows.filter(translated_q(language, prefix="entry__page__"))
    if root_page is not None:
        rows = rows.filter(entry__page__path__startswith=root_page.path)
    private = _private_q("entry__page__path")
    if private is not None:
        rows = rows.exclude(private)
    fields = (
        "entry_id",
        "key",
        "title_count",
        "body_count",
        "entry__page_id",
        "entry__title",
        "entry__title_terms",
    )
    return rank(rows.values_list(*fields), query.terms)


def _code_point(field):
    """`field` compared by code point, as Python compares strings, so a key's prefix range
    selects the same rows on both databases (PostgreSQL's default collation may not)."""
    if connection.vendor == "postgresql":
        return Collate(F(field), "C")
    return F(field)


def rank(rows, terms):
    """Scores each entry from its matching key rows (see `token_quality`)."""
    entries = {}
    for entry_id, token, title_count, body_count, page_id, title, title_terms in rows:
        entry = entries.get(entry_id)
        if entry is None:
            entry = entries[entry_id] = [[0] * len(terms), [0] * len(terms), (page_id, title, title_terms)]
        for index, term in enumerate(terms):
            quality = token_quality(token, term)
            if not quality:
                continue
            if title_count and quality > entry[0][index]:
                entry[0][index] = quality
            if body_count:
                bonus = min(body_count, MAX_REPEAT_BONUS) if quality == EXACT else 0
                entry[1][index] = max(entry[1][index], quality + bonus)
    scored = []
    for entry_id, (in_title, in_body, (page_id, title, title_terms)) in entries.items():
        matched = sum(1 for t, b in zip(in_title, in_body, strict=True) if t or b)
        if matched:
            length = sum(1 for token in title_terms.split() if token[0] not in (VARIANT, SURFACE))
            key = (-matched, -sum(in_title), -sum(in_body), length, title.casefold(), page_id)
            scored.append((key, entry_id))
    scored.sort()
    complete = [pk for key, pk in scored if -key[0] == len(terms)]
    if complete or not scored:
        return Results(complete, False)
    return Results([pk for _key, pk in scored], True)


def token_quality(token, term):
    """How well one stored token (a key, “~variant” or “=spelling”) matches a query term;
    the same order as `KeySet.quality`, which marks the words in excerpts."""
    marker = token[0] if token[0] in (VARIANT, SURFACE) else ""
    key = token[len(marker) :]
    if marker == SURFACE:
        return NUMBER if key in term.numbers else 0
    if not marker and key == term.key:
        return EXACT
    if key in term.keys:
        return VARIANT_MATCH
    if key in term.synonyms:
        return SYNONYM
    if any(len(k) >= PREFIX_MIN and key.startswith(k) for k in term.keys):
        return PREFIX
    return 0


def _private_q(field="page__path"):
    """Pages behind a view restriction (and their descendants) are not listed."""
    paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    conditions = [Q(**{f"{field}__startswith": path}) for path in paths]
    return reduce(or_, conditions) if conditions else None
