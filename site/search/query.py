"""A visitor's query, read: its words, their keys, synonyms and other numbers, and how
well a stored key matches each word. `search.ranking` turns this into one SQL query;
`KeySet` applies the same match order in Python to mark the words in excerpts.
"""

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from search.index import SURFACE, VARIANT
from search.normalise import clean_text, is_stop_word, word_keys, words
from search.plurals import number_forms, surface

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
# More occurrences in the text rank a little higher, up to this many. The ranking index holds
# each key's rows ordered by it (search/migrations/0004): a new value needs a new index.
MAX_REPEAT_BONUS = 5


@dataclass(frozen=True)
class Term:
    """One query word and its keys (primary first, see search.normalise), the keys of
    its synonyms (search.synonyms) and its other numbers' spellings (search.plurals)."""

    word: str
    keys: tuple
    synonyms: tuple = ()
    numbers: tuple = ()

    @property
    def key(self):
        return self.keys[0]

    @cached_property
    def prefixes(self):
        """The keys that also find longer words starting with them, plain and as variants."""
        long_keys = [key for key in self.keys if len(key) >= PREFIX_MIN]
        return (*long_keys, *(VARIANT + key for key in long_keys))

    def grade(self, stored_key):
        """How well one stored key (`SearchKey.key`, with its mark) matches this word: the
        first of EXACT, VARIANT_MATCH, SYNONYM, NUMBER, PREFIX it meets, else 0."""
        if stored_key == self.key:
            return EXACT
        if stored_key.removeprefix(VARIANT) in self.keys:
            return VARIANT_MATCH
        if stored_key.removeprefix(VARIANT) in self.synonyms:
            return SYNONYM
        if stored_key.startswith(SURFACE) and stored_key[1:] in self.numbers:
            return NUMBER
        if stored_key.startswith(self.prefixes):
            return PREFIX
        return 0


@dataclass(frozen=True)
class Query:
    text: str  # as shown back in the search box: cleaned and cut
    terms: tuple
    only_stop_words: bool = False

    @classmethod
    def parse(cls, raw, synonyms=None):
        """`synonyms` maps a key to the keys of its synonyms (search.synonyms)."""
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

    def key_groups(self):
        """The `SearchKey` rows a search reads, grouped by how well they match each word:
        ([(grades, keys)], [(grades, prefix)]), where `grades` holds one quality per word
        (0: no match). The keys: each word's keys, themselves and as variants, its synonyms'
        and its other numbers' spellings. The prefixes (keys of four letters and more): the
        longer keys each starts, read as the range (prefix, prefix + LAST_CHAR), and graded
        PREFIX for the words they come from. A row can be read twice (a key that is also in
        another word's range): the ranking's MAX keeps its best grade for each word."""
        exact = set()
        for term in self.terms:
            exact.update(term.keys, term.synonyms, (VARIANT + key for key in term.keys + term.synonyms))
            exact.update(SURFACE + spelling for spelling in term.numbers)
        groups = {}
        for key in sorted(exact):
            groups.setdefault(tuple(term.grade(key) for term in self.terms), []).append(key)
        ranges = []
        for prefix in sorted({prefix for term in self.terms for prefix in term.prefixes}):
            ranges.append((tuple(PREFIX if prefix in term.prefixes else 0 for term in self.terms), prefix))
        return list(groups.items()), ranges


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
