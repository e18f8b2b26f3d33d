"""Titles and excerpts with the matched words in <mark>, safe to put in a page.

A word is marked when it matches a query word by the same rules the ranking uses, so
الابتكارية is marked for ابتكار and innovations for innovation. Every piece of page text is
escaped here; only the <mark> tags are ours.
"""

from collections import Counter

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.normalise import word_spans
from search.query import KeySet

EXCERPT_WORDS = 30
# Words shown before the first match, so the excerpt starts mid-sentence less abruptly.
CONTEXT_BEFORE = 6
# Excerpts look at the start of long texts only; the ranking has already read all of it.
SCAN_CHARS = 20_000
ELLIPSIS = "…"


def matched_term(word, terms, cache):
    """The index of the first term `word` matches, or None. `cache` maps words already
    looked at to that answer, for one set of terms: a page of results shares one, as its
    texts share most of their words."""
    if word not in cache:
        keys = KeySet.of_word(word)
        cache[word] = next((i for i, term in enumerate(terms) if keys.quality(term)), None)
    return cache[word]


def highlight(text, terms, cache=None):
    """The whole text, escaped, its matching words marked."""
    spans = list(word_spans(text))
    return _render(text, spans, 0, len(spans), terms, {} if cache is None else cache)


def excerpt(text, terms, cache=None):
    """About thirty words around the densest run of matches (or the opening words)."""
    text = " ".join(text[:SCAN_CHARS].split())
    spans = list(word_spans(text))
    if not spans:
        return ""
    cache = {} if cache is None else cache
    hits = [(i, matched_term(text[s:e], terms, cache)) for i, (s, e) in enumerate(spans)]
    hits = [(i, term) for i, term in hits if term is not None]
    first = 0
    if hits:
        first = max(0, _densest_window(hits, EXCERPT_WORDS - CONTEXT_BEFORE) - CONTEXT_BEFORE)
    last = min(len(spans), first + EXCERPT_WORDS)
    return _render(text, spans, first, last, terms, cache)


def _densest_window(hits, width):
    """Where a window of `width` words shows the most different query words; the earliest
    such window on a tie. `hits` are (word position, term index), in text order."""
    best_start, best_count = hits[0][0], 0
    in_window = Counter()
    end = 0
    for position, term in hits:
        while end < len(hits) and hits[end][0] < position + width:
            in_window[hits[end][1]] += 1
            end += 1
        if len(in_window) > best_count:
            best_start, best_count = position, len(in_window)
        in_window[term] -= 1
        if not in_window[term]:
            del in_window[term]
    return best_start


def _render(text, spans, first, last, terms, cache):
    if first >= last:
        return mark_safe(escape(text))  # noqa: S308 (escaped just here)
    start = 0 if first == 0 else spans[first][0]
    end = len(text) if last == len(spans) else spans[last - 1][1]
    pieces = [ELLIPSIS + " " if first > 0 else ""]
    position = start
    for word_start, word_end in spans[first:last]:
        word = text[word_start:word_end]
        if matched_term(word, terms, cache) is not None:
            pieces.append(escape(text[position:word_start]))
            pieces.append(f"<mark>{escape(word)}</mark>")
            position = word_end
    pieces.append(escape(text[position:end]))
    if last < len(spans):
        pieces.append(" " + ELLIPSIS)
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text is escaped above)
