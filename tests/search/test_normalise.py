"""Normalisation: every spelling of a word reaches the same keys; different words do not."""

import pytest

from search.index import terms_of
from search.normalise import is_stop_word, word_keys, word_spans, words
from search.query import (
    EXACT,
    MAX_QUERY_CHARS,
    MAX_TERMS,
    NUMBER,
    PREFIX,
    SYNONYM,
    VARIANT_MATCH,
    KeySet,
    Query,
    Term,
)

# No database needed here, but the suite's autouse fixture asks for it, and pytest-django only
# creates the test database when some collected test is marked for it.
pytestmark = pytest.mark.django_db


def finds(query_word, indexed_word):
    """Whether a search for `query_word` matches `indexed_word` in a text."""
    keys = word_keys(query_word)
    return bool(keys) and KeySet.of_word(indexed_word).quality(Term(query_word, keys)) > 0


# (the spelling in the text, a spelling a reader may type)
ARABIC_VARIANTS = [
    # tashkeel and tatweel
    ("الابتكار", "الابْتِكَار"),
    ("الابتكار", "الابتكـــار"),
    ("مخيم", "مُخَيَّم"),
    ("الحج", "الحَجّ"),
    # hamza and alef forms
    ("إطلاق", "اطلاق"),
    ("إطلاق", "أطلاق"),
    ("الأوقاف", "الاوقاف"),
    ("آبار", "ابار"),
    ("آبار", "أبار"),
    ("الابتكار", "ٱلابتكار"),
    ("مسؤول", "مسئول"),
    ("مؤتمر", "موتمر"),
    ("جائزة", "جايزة"),
    ("شاطئ", "شاطىء"),
    # ة / ه and ى / ي
    ("جدة", "جده"),
    ("الهيئة", "الهيئه"),
    ("منى", "مني"),
    ("المستشفى", "المستشفي"),
    # with or without the article and the attached particles
    ("الحج", "حج"),
    ("حج", "الحج"),
    ("الابتكارات", "والابتكارات"),
    ("المخيم", "بالمخيم"),
    ("الحجاج", "للحجاج"),
    ("الحجاج", "فالحجاج"),
    ("الإسعاف", "كالإسعاف"),
    ("المستشفى", "وبالمستشفى"),
    ("ابتكار", "وابتكار"),
    ("ابتكار", "لابتكار"),
    ("ابتكار", "بابتكار"),
    ("إسعاف", "فإسعاف"),
    ("إسعاف", "كإسعاف"),
    ("وابتكار", "ابتكار"),
    # by stem
    ("الابتكاري", "ابتكار"),
    ("الابتكارية", "ابتكار"),
    ("الابتكارات", "ابتكار"),
    ("الخدمات", "خدمة"),
    ("خدمات", "الخدمة"),
    ("المبتكرين", "مبتكر"),
    ("التطوعية", "تطوع"),
]


@pytest.mark.parametrize(("written", "typed"), ARABIC_VARIANTS)
def test_arabic_spelling_variants_meet(written, typed):
    assert finds(typed, written)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("حجز", "حج"),  # two letters match whole words only
        ("حجم", "الحج"),
        ("من", "منى"),  # Mina is not “from”
        ("مكة", "مكتبة"),
        ("ابتكار", "استثمار"),
        ("innovation", "camp"),
    ],
)
def test_different_words_stay_apart(written, typed):
    assert not finds(typed, written)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("innovations", "innovation"),
        ("Innovative", "INNOVATION"),
        ("pilgrims", "Pilgrim"),
        ("Camping", "camps"),
        ("Manafe's", "Manafe"),
        ("Manafe’s", "manafe"),
        ("café", "CAFE"),
        ("2030", "٢٠٣٠"),
        ("2030", "۲۰۳۰"),
    ],
)
def test_english_and_numbers_are_case_insensitive_and_stemmed(written, typed):
    assert finds(typed, written)


def test_snowball_does_not_take_a_word_s_first_letter_for_a_particle():
    # Snowball alone: وزارة → زار, الوزارة → وزار; الفعاليات → عال.
    assert word_keys("وزارة")[0] == word_keys("الوزارة")[0] == "وزار"
    assert word_keys("الفعاليات")[0] == word_keys("فعاليات")[0] == "فعال"
    assert word_keys("الالتزام")[0] == word_keys("التزام")[0]


def test_keys_are_the_same_for_every_spelling_of_a_word():
    spellings = [
        "الابتكارات",
        "والابتكارات",
        "بالابتكارات",
        "للابتكارات",
        "الإبتكارات",
        "الابتكـارات",
        "ابتكارات",
    ]
    assert {word_keys(word)[0] for word in spellings} == {"ابتكار"}


def test_words_split_scripts_and_keep_positions():
    text = "مخيم 2030م، «الابتكار» Hajjالحج Manafe's؟"
    assert words(text) == ["مخيم", "2030", "م", "الابتكار", "Hajj", "الحج", "Manafe's"]
    for start, end in word_spans(text):
        assert text[start:end].strip() == text[start:end] != ""


def test_lone_letters_and_marks_carry_no_keys():
    assert word_keys("و") == ()
    assert word_keys("a") == ()
    assert word_keys("ـ") == ()
    assert word_keys("5") == ("5",)


def test_stop_words_are_recognised_in_any_spelling():
    assert is_stop_word("على") and is_stop_word("علي") and is_stop_word("إلى") and is_stop_word("The")
    assert not is_stop_word("منى") and not is_stop_word("ماء") and not is_stop_word("Mina")


def test_stored_terms_are_padded_keys_with_marked_variants_and_no_stop_words():
    # مخيم fits a broken-plural template (مفعل → مفاعل), so its spelling is kept too.
    assert terms_of("في المخيم وابتكار") == " مخيم =مخيم وابتكار ~ابتكار "
    assert terms_of("the camps of Mina") == " camp mina "
    assert terms_of("") == ""


def test_query_keeps_words_drops_syntax_and_stop_words():
    query = Query.parse('"مخيم" * : & | ! ( ) \' في الحج OR innov*')
    # "OR" is a stop word, not an operator.
    assert [term.key for term in query.terms] == ["مخيم", "حج", "innov"]
    assert query.text.startswith('"مخيم" *')


def test_query_of_stop_words_only_is_flagged():
    query = Query.parse("في من the")
    assert query.terms == () and query.only_stop_words
    assert not Query.parse("و").only_stop_words


def test_long_queries_are_cut():
    query = Query.parse(" ".join(f"كلمة{i}" for i in range(400)))
    assert len(query.text) <= MAX_QUERY_CHARS
    assert len(query.terms) == MAX_TERMS


def test_control_characters_and_repeats_are_cleaned():
    query = Query.parse("  مخيم\x00\x1b  المخيم\n\tبالمخيم ")
    assert query.text == "مخيم المخيم بالمخيم"
    assert [term.key for term in query.terms] == ["مخيم"]


# (typed, written, how well they match): each level of the match order, and no match.
GRADED = [
    ("الابتكار", "ابتكار", EXACT),
    ("ابتكار", "وابتكار", VARIANT_MATCH),  # the written word's variant key (see above)
    ("خبير", "خبراء", NUMBER),
    ("Jedd", "Jeddah", PREFIX),
    ("حج", "حجة", 0),
    ("Haj", "Hajj", SYNONYM),
]


@pytest.mark.parametrize(("typed", "written", "level"), GRADED)
def test_the_ranking_grades_a_stored_word_as_the_excerpts_mark_it(typed, written, level):
    # The ranking grades each stored key in Python before its query runs (Term.grade,
    # Query.key_groups); excerpts mark words with KeySet.quality. Both must follow one order.
    query = Query.parse(typed, synonyms={"haj": ("hajj",)})
    (term,) = query.terms
    stored = terms_of(written)
    assert max(term.grade(key) for key in stored.split()) == level
    assert KeySet.stored(stored).quality(term) == level
    read = [grade for key in stored.split() for grade in grades_read(query, key)]
    assert max(read, default=0) == level


def grades_read(query, stored_key):
    """The grades (for the first word) the ranking reads a stored key's row with: from the
    group of keys holding it, and from each prefix range holding it (Query.key_groups)."""
    groups, ranges = query.key_groups()
    read = [grades[0] for grades, keys in groups if stored_key in keys]
    return read + [
        grades[0] for grades, prefix in ranges if stored_key.startswith(prefix) and stored_key != prefix
    ]
