"""Text → words → keys that compare equal however a reader spells the word.

The same functions run on the indexed text and on the visitor's query, in Python, so SQLite
and PostgreSQL only ever compare the finished keys: neither database's text search (FTS5,
`to_tsvector('arabic')`) is involved, and neither can make the two disagree.

A word gets one *primary* key and, sometimes, *variant* keys:

- Arabic: fold the spellings readers mix up (tashkeel, tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه,
  hamza on a seat), strip the article with the particles glued to it (ال، وال، فال، بال،
  كال، لل، وبال…), strip the plural ـات, then let Snowball's Arabic stemmer do the rest
  (الابتكاري → ابتكار). Snowball alone is not enough: it leaves و/ف before ال (والابتكارات),
  keeps ال on short words (الحج), stems ى/ي and ة/ه spellings of one word differently, and
  takes a word's first letter for a particle by length alone (وزارة → زار but الوزارة →
  وزار); so the prefixes are decided here and Snowball only shortens the word's end.
  Variants cover what cannot be decided from the word alone: a single و ف ب ك ل that may be a
  particle or the word's own first letter (وابتكار / وزارة), and the two seats of a hamza
  (مسؤول / مسئول). A query word matches an indexed word when any of their keys meet.
- Other scripts (English, numbers): case-folded, accents dropped, Snowball's English
  stemmer (innovations → innov).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from search.spelling import american

# Tashkeel, the dagger alef, Quranic annotation signs and tatweel: written or not, the word
# is the same. Zero-width joiners and direction marks are invisible and often pasted along.
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
_INVISIBLE = "\u200b-\u200f\u061c\u2066-\u2069\ufeff"
_DROP = re.compile(f"[{_ARABIC_MARKS}{_INVISIBLE}]")

# Arabic letters (no digits, no Arabic punctuation such as ، ؛ ؟), with the marks above.
_ARABIC_LETTERS = (
    "\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
_ARABIC_RUN = re.compile(f"[{_ARABIC_LETTERS}{_ARABIC_MARKS}\u200c\u200d]+")

# A word: letters, digits and Arabic marks, with apostrophes inside (Manafe's, don't).
_WORD_CHAR = f"(?:[^\\W_]|[{_ARABIC_MARKS}\u200c\u200d])"
_WORD = re.compile(f"{_WORD_CHAR}+(?:['\u2019]{_WORD_CHAR}+)*")

# Letters readers and keyboards use interchangeably. Hamza on a seat (ؤ ئ) is decided later,
# because it needs two keys.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",  # Persian yeh, from Persian and Urdu keyboards
        "ې": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ە": "ه",
        "ھ": "ه",
        "ک": "ك",  # keheh
    }
)
# ٢٠٣٠ and ۲۰۳۰ are 2030.
_DIGITS = str.maketrans(
    {chr(0x0660 + d): str(d) for d in range(10)} | {chr(0x06F0 + d): str(d) for d in range(10)}
)
# The usual spelling: the seat's letter (مؤتمر → موتمر, جائزة → جايزه), a lone hamza dropped
# (شاطىء and شاطئ both → شاطي). The other: the hamza itself (مسؤول and مسئول → مسءول).
_HAMZA_SEAT = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None})
_HAMZA_ITSELF = str.maketrans({"ؤ": "ء", "ئ": "ء"})

# The article, with the particles that attach before it: و/ف (and, so), ب/ك (with, like),
# and ل, which merges with ال into لل (للحجاج). At least two letters must remain (الحج → حج).
_ARTICLE = re.compile(r"^[وف]?(?:[بك]?ال|لل)(?=..)")
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بكل"

# Words that say little on their own; dropped from queries (unless nothing else is left),
# kept in the index. Arabic ones are written as they are after folding.
ARABIC_STOP_WORDS = frozenset(
    """
    في من الي علي عن مع و ف ب ك ل ثم او ام ان انه انها كان كانت يكون هو هي هم هما هن
    هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ما لا لم لن قد كل بعض غير بين حتي
    عند منذ لدي ضمن خلال نحو حول به بها له لها فيه فيها منه منها عليه عليها اليه اليها
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
ENGLISH_STOP_WORDS = frozenset(
    """
    a an and are as at be been but by for from if in into is it its no not of on or over so
    than that the their then these this those to under via was were what when which who with
    """.split()  # noqa: SIM905
)

_ARABIC_STEMMER = snowballstemmer.stemmer("arabic")
_ENGLISH_STEMMER = snowballstemmer.stemmer("english")


def clean_text(text):
    """Printable text: control characters out, runs of white space made one space."""
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(text.split())


def word_spans(text):
    """(start, end) of each word in `text`, splitting Arabic from Latin and digits.

    Positions are in the original text, so an excerpt can mark the words as they were written.
    """
    for match in _WORD.finditer(text):
        start = match.start()
        word = match.group()
        position = 0
        # "2030م" or "Hajjالحج": each script is its own word.
        for run in _ARABIC_RUN.finditer(word):
            if run.start() > position:
                yield start + position, start + run.start()
            yield start + run.start(), start + run.end()
            position = run.end()
        if position < len(word):
            yield start + position, start + len(word)


def words(text):
    return [text[start:end] for start, end in word_spans(text)]


def arabic_base(word):
    """The word folded, its hamza on the seat, without the article: what the broken-plural
    templates (search.plurals) are matched against."""
    folded = _fold_arabic(word).translate(_HAMZA_SEAT)
    return _ARTICLE.sub("", folded)


def is_arabic(word):
    return bool(_ARABIC_RUN.search(word))


@lru_cache(maxsize=50_000)
def word_keys(word):
    """The keys of one word: the primary key first, then variants. Empty when the word
    carries nothing to search by (a lone letter, a lone mark)."""
    if is_arabic(word):
        return _arabic_keys(word)
    return _latin_keys(word)


def is_stop_word(word):
    # Compared before stemming and with the hamza kept: ماء (water) is not ما, منى (Mina)
    # is not من, though their stems would be.
    if is_arabic(word):
        return _fold_arabic(word) in ARABIC_STOP_WORDS
    return word.casefold().replace("\u2019", "'") in ENGLISH_STOP_WORDS


# -- Arabic --------------------------------------------------------------------------------


def _fold_arabic(word):
    # NFKC turns presentation forms (ﻻ, ﺍﻟﺤﺞ) into ordinary letters first.
    return _DROP.sub("", unicodedata.normalize("NFKC", word)).translate(_FOLD).translate(_DIGITS)


def _arabic_keys(word):
    folded = _fold_arabic(word)
    spellings = [folded.translate(_HAMZA_SEAT)]
    if "ؤ" in folded or "ئ" in folded:
        spellings.append(folded.translate(_HAMZA_ITSELF))
    keys = []
    for spelling in spellings:
        for key in _arabic_stems(spelling):
            if key not in keys:
                keys.append(key)
    if len(keys[0]) < 2 and not keys[0].isdigit():
        return ()
    return tuple(keys)


def _arabic_stems(word, depth=0):
    """The stem of `word`, then the stems of the word without a leading particle.

    A single و ف ب ك ل may be glued on (وابتكار, لاستثمار) or be the word's own first letter
    (وزارة, كتاب); nothing in the word tells which, so both readings are kept, the literal
    one first.
    """
    # Twice, because some words begin with ال themselves: الالتزام → التزام → تزام, the
    # same key as التزام on its own.
    stripped = _ARTICLE.sub("", _ARTICLE.sub("", word))
    stems = [_arabic_stem(stripped)]
    if stripped == word and len(word) >= 4 and depth < 2:
        first = word[0]
        allowed = _CONJUNCTIONS + _PREPOSITIONS if depth == 0 else _PREPOSITIONS
        if first in allowed:
            for stem in _arabic_stems(word[1:], depth + 1 if first in _CONJUNCTIONS else 2):
                if stem not in stems:
                    stems.append(stem)
    return stems


def _arabic_stem(word):
    # Three letters are a root already; Snowball would cut منى (Mina) down to من (from).
    if len(word) <= 3:
        return word
    # A three-letter root with ة keeps it, and so does its plural in ـات: شركة and شركات
    # (company) are not شرك (polytheism), nor حجة (argument) حج, which Snowball would make them.
    if len(word) == 4 and word.endswith("ه"):
        return word
    if len(word) == 5 and word.endswith("ات") and word[0] != "ا":  # not اوقات (أفعال)
        return word[:3] + "ه"
    # Snowball strips ـات only from some words (الخدمات → خدم but خدمات → خدما), so the
    # plural ending goes first, when three letters remain.
    if len(word) >= 5 and word.endswith("ات"):
        word = word[:-2]
    stem = _ARABIC_STEMMER.stemWord(word)
    # Snowball also strips leading letters it takes for particles, by length alone: after
    # the article is gone it reads الفعاليات as ف + عاليات. Particles are handled above
    # (the article) and by variants (a lone letter), so its stem keeps the word's start.
    for start in range(1, 4):
        if word.startswith(stem, start):
            return word[:start] + stem
    return stem


# -- English and everything else -----------------------------------------------------------


def _latin_keys(word):
    folded = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFKC", folded).translate(_DIGITS).replace("\u2019", "'")
    if folded.isdigit():
        return (folded,)
    key = _ENGLISH_STEMMER.stemWord(american(folded)).replace("'", "")
    if len(key) < 2:
        return ()
    return (key,)
