"""“Did you mean”: a query word one edit away from a word the site uses.

Asked only when a query finds little (search.views). Words of five letters or more
(Arabic: four, its words are shorter) that no page holds are tried with one letter deleted,
added, replaced or two swapped (English), or, in Arabic, one letter replaced by its
neighbour on the Arabic keyboard and ت by ة; the candidate the most pages hold wins. The
site's vocabulary is `search.SearchKey`, counted from its (language, key) index in one query.
"""

from django.db.models import Count

from search.models import SearchKey
from search.normalise import is_arabic, word_keys

MIN_LETTERS = 5
MIN_ARABIC_LETTERS = 4
_LATIN = "abcdefghijklmnopqrstuvwxyz"
# The standard Arabic keyboard's rows; a finger slips to the letter beside.
_ARABIC_ROWS = ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ءؤرىةوزظ")
_NEIGHBOURS = {}
for _row in _ARABIC_ROWS:
    for _i, _letter in enumerate(_row):
        _NEIGHBOURS[_letter] = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]


def latin_edits(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = [a + b[1:] for a, b in splits if b]
    edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in _LATIN if c != b[0]]
    edits += [a + c + b for a, b in splits for c in _LATIN]
    return edits


def arabic_edits(word):
    edits = [
        word[:i] + other + word[i + 1 :]
        for i, letter in enumerate(word)
        for other in _NEIGHBOURS.get(letter, "")
    ]
    if word.endswith("ت"):
        edits.append(word[:-1] + "ة")
    return edits


def _candidates(word):
    if is_arabic(word):
        return arabic_edits(word) if len(word) >= MIN_ARABIC_LETTERS else []
    word = word.casefold()
    return latin_edits(word) if len(word) >= MIN_LETTERS and word.isalpha() else []


def correct(query, language):
    """The query's text with its unknown words corrected, or None when nothing changes."""
    tried = {}
    for term in query.terms:
        edits = _candidates(term.word)
        if edits:
            tried[term] = [(edit, word_keys(edit)[0]) for edit in edits if word_keys(edit)]
    if not tried:
        return None
    wanted = {term.key for term in tried} | {key for pairs in tried.values() for _edit, key in pairs}
    pages = dict(
        SearchKey.objects.filter(language=language, key__in=wanted)
        .values("key")
        .annotate(pages=Count("*"))  # "*": the key index alone answers, no row is read
        .values_list("key", "pages")
    )
    words, changed = [], False
    for term in query.terms:
        best = None
        if term in tried and term.key not in pages:
            found = [(-pages[key], edit) for edit, key in tried[term] if key in pages]
            best = min(found)[1] if found else None
        words.append(best or term.word)
        changed = changed or best is not None
    return " ".join(words) if changed else None
