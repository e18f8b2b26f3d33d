"""A visitor's query → the matching entries of one language, best first.

The database is asked one portable question: which entries hold a key of any query word
(`LIKE '% key%'` on the normalised columns). Everything that orders or narrows the answer
happens here in Python on the stored keys, so SQLite and PostgreSQL return the same list in
the same order: every page must hold every word (unless none does, then the pages holding
the most words), title matches before text matches, ties broken by the title's length, the
title itself and finally the page id.
"""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.i18n import translated_q
from core.models import SearchEntry
from core.search.index import VARIANT
from core.search.normalise import clean_text, is_stop_word, word_keys, words

# Queries are cut, not refused: the form's maxlength is 200, a pasted paragraph becomes its
# first ten words.
MAX_QUERY_CHARS = 200
MAX_TERMS = 10
# A key this long also finds longer words that start with it, so a word still being typed
# finds something (التكنولوج → التكنولوجيا, Jedd → Jeddah); shorter keys must match whole
# words, or حج would find حجز and حجم.
PREFIX_MIN = 4

# How well one query word matches a field: the word itself, one of its spellings (a
# variant), or the start of a longer word.
EXACT, VARIANT_MATCH, PREFIX = 10, 8, 5
# More occurrences in the text rank a little higher, up to this many.
MAX_REPEAT_BONUS = 5


@dataclass(frozen=True)
class Term:
    """One query word and its keys (primary first, see core.search.normalise)."""

    word: str
    keys: tuple

    @property
    def key(self):
        return self.keys[0]


@dataclass(frozen=True)
class Query:
    text: str  # as shown back in the search box: cleaned and cut
    terms: tuple
    only_stop_words: bool = False

    @classmethod
    def parse(cls, raw):
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
            terms.append(Term(word, keys))
        return cls(text=text, terms=tuple(terms[:MAX_TERMS]), only_stop_words=stop_words and not terms)

    def match_q(self):
        """Entries holding a key of any term (a superset: `rank` decides)."""
        conditions = []
        for term in self.terms:
            for key in term.keys:
                for field in ("title_terms", "body_terms"):
                    for marker in ("", VARIANT):
                        needle = f" {marker}{key}" if len(key) >= PREFIX_MIN else f" {marker}{key} "
                        conditions.append(Q(**{f"{field}__contains": needle}))
        return reduce(or_, conditions)


class KeySet:
    """The keys of a stored field or of one word, and how well a query term matches them."""

    def __init__(self, primary, variants=()):
        self.primary = Counter(primary)
        self.sorted = sorted(set(self.primary) | set(variants))
        self.all = set(self.sorted)
        self.length = sum(self.primary.values())

    @classmethod
    def stored(cls, terms):
        tokens = terms.split()
        return cls(
            (token for token in tokens if not token.startswith(VARIANT)),
            (token[1:] for token in tokens if token.startswith(VARIANT)),
        )

    @classmethod
    def of_word(cls, word):
        keys = word_keys(word)
        return cls(keys[:1], keys[1:])

    def quality(self, term):
        if term.key in self.primary:
            return EXACT
        if any(key in self.all for key in term.keys):
            return VARIANT_MATCH
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
    """Entry ids for `query` in `language`, best first (see the module docstring)."""
    if not query.terms:
        return Results([], False)
    entries = SearchEntry.objects.filter(query.match_q(), language=language, page__live=True)
    entries = entries.filter(translated_q(language, prefix="page__"))
    if root_page is not None:
        entries = entries.filter(page__path__startswith=root_page.path)
    private = _private_q()
    if private is not None:
        entries = entries.exclude(private)
    rows = entries.values_list("pk", "page_id", "title", "title_terms", "body_terms")
    return rank(rows, query.terms)


def rank(rows, terms):
    scored = []
    for pk, page_id, title, title_terms, body_terms in rows:
        title_keys, body_keys = KeySet.stored(title_terms), KeySet.stored(body_terms)
        matched = title_score = body_score = 0
        for term in terms:
            in_title, in_body = title_keys.quality(term), body_keys.quality(term)
            if in_body:
                in_body += min(body_keys.primary[term.key], MAX_REPEAT_BONUS)
            matched += bool(in_title or in_body)
            title_score += in_title
            body_score += in_body
        if matched:
            key = (-matched, -title_score, -body_score, title_keys.length, title.casefold(), page_id)
            scored.append((key, pk))
    scored.sort()
    complete = [pk for key, pk in scored if -key[0] == len(terms)]
    if complete or not scored:
        return Results(complete, False)
    return Results([pk for _key, pk in scored], True)


def _private_q():
    """Pages behind a view restriction (and their descendants) are not listed."""
    paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    conditions = [Q(page__path__startswith=path) for path in paths]
    return reduce(or_, conditions) if conditions else None
