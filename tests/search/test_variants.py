"""Variants a reader types: other numbers of an Arabic noun, British/American spelling,
editors' synonyms, typos; and pairs that must stay apart. Run on SQLite and PostgreSQL."""

import pytest
from django.core.cache import cache

from search.models import SearchSynonyms
from search.plurals import number_forms
from tests.search.searching import publish_corpus, publish_page, result_urls, search, url_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_synonyms():
    # Synonyms are cached across requests; a test's rolled-back changes must not linger.
    cache.clear()
    yield
    cache.clear()


def page_with(home, arabic="", english="", title=("صفحة تجربة", "Trial page")):
    return publish_page(home, title=title, body=(arabic, english))


# -- Arabic: singular and broken plural ---------------------------------------------------------

NUMBER_PAIRS = [
    ("مشروع", "مشاريع"),
    ("شريك", "الشركاء"),
    ("برنامج", "البرامج"),
    ("فرصة", "فرص"),
    ("مقصد", "المقاصد"),
    ("ضيف", "ضيوف"),
    ("خبير", "خبراء"),
    ("حديقة", "الحدائق"),
    ("رسالة", "رسائل"),
    ("مدرسة", "المدارس"),
]


@pytest.mark.parametrize(("singular", "plural"), NUMBER_PAIRS)
def test_a_singular_finds_the_plural_and_back(client, bare_search, singular, plural):
    with_plural = page_with(bare_search, f"نص عن {plural} في المخيم", title=("صفحة الجمع", "Plural page"))
    with_singular = page_with(
        bare_search, f"نص عن {singular} في المخيم", title=("صفحة المفرد", "Singular page")
    )
    assert url_of(with_plural, "ar") in result_urls(search(client, "ar", singular))
    assert url_of(with_singular, "ar") in result_urls(search(client, "ar", plural))


def test_the_other_number_ranks_below_the_word_itself(client, bare_search):
    plural = page_with(bare_search, "مناديل الحج", title=("صفحة أولى", "First"))
    singular = page_with(bare_search, "منديل الحج", title=("صفحة ثانية", "Second"))
    assert result_urls(search(client, "ar", "منديل")) == [url_of(singular, "ar"), url_of(plural, "ar")]
    assert result_urls(search(client, "ar", "المناديل")) == [url_of(plural, "ar"), url_of(singular, "ar")]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("حج", "حجة"),  # pilgrimage / argument
        ("شرك", "شركة"),  # polytheism / company
        ("شرك", "الشركات"),
        ("علم", "عالم"),  # science / world
        ("كاتب", "كتاب"),  # writer / book
        ("مشرع", "مشروع"),  # legislator / project: one root, no template pair
        ("عمر", "عمرة"),  # Omar / Umrah
    ],
)
def test_words_that_only_look_alike_stay_apart(client, bare_search, one, other):
    first = page_with(bare_search, f"نص فيه {one} وحده", title=("صفحة الأولى", "First"))
    second = page_with(bare_search, f"نص فيه {other} وحده", title=("صفحة الثانية", "Second"))
    assert url_of(second, "ar") not in result_urls(search(client, "ar", one))
    assert url_of(first, "ar") not in result_urls(search(client, "ar", other))


def test_number_forms_come_from_templates_not_roots():
    assert "مشاريع" in number_forms("مشروع") and "مشروع" in number_forms("المشاريع")
    assert number_forms("حج") == ()
    assert "شركه" not in number_forms("شرك") and "شرك" not in number_forms("شركة")


def test_the_other_number_is_marked_in_the_excerpt(client, bare_search):
    page = page_with(bare_search, "تعرض المشاريع الجديدة في المخيم")
    found = search(client, "ar", "مشروع").content.decode()
    assert url_of(page, "ar") in found and "<mark>المشاريع</mark>" in found


# -- English spellings and the foldings that already worked -------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("organisations", "organizations"),
        ("organization", "organisation"),
        ("programme", "program"),
        ("programs", "programmes"),
        ("centre", "center"),
        ("centers", "centres"),
        ("colour", "color"),
        ("travelled", "traveling"),
        ("analysed", "analyze"),
    ],
)
def test_british_and_american_spellings_meet(client, bare_search, written, typed):
    page = page_with(bare_search, "نص", f"A text about {written} here.")
    assert url_of(page, "en") in result_urls(search(client, "en", typed))
    assert url_of(page, "en") in result_urls(search(client, "en", written))


@pytest.mark.parametrize("pair", [("four", "for"), ("hour", "hor"), ("acre", "acer")])
def test_spelling_rules_leave_other_words_alone(client, bare_search, pair):
    page = page_with(bare_search, "نص", f"One {pair[0]} only.")
    assert result_urls(search(client, "en", pair[1])) == []
    assert result_urls(search(client, "en", pair[0])) == [url_of(page, "en")]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("رؤية 2030", "٢٠٣٠"),  # Arabic-Indic digits
        ("رؤية 2030", "۲۰۳۰"),  # Persian digits
        ("رؤية المملكة", "رويه"),  # hamza dropped from its seat
        ("مؤتمر الحج", "موتمر"),
        ("الكتيب الذهبي", "كتیب"),  # Persian yeh
        ("الكتيب الذهبي", "کتيب"),  # keheh
        ("مؤتمر الحج", "مؤ\u200cتمر\u200f"),  # invisible marks pasted in
        ("مؤتمر الحج", "\u200bمؤتمر\ufeff"),
    ],
)
def test_foldings_find_the_canonical_spelling(client, bare_search, written, typed):
    page = page_with(bare_search, f"نص فيه {written} فقط")
    assert url_of(page, "ar") in result_urls(search(client, "ar", typed))


# -- synonyms editors keep -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("Haj", "ministry-of-hajj-and-umrah"),
        ("Hadj", "ministry-of-hajj-and-umrah"),
        ("Jiddah", "camp-story"),
        ("Jedda", "camp-story"),
        ("Umra", "ministry-of-hajj-and-umrah"),
        ("Auqaf", "general-authority-for-awqaf"),
        ("Manafea", "manafe-consulting"),
    ],
)
def test_seeded_transliterations_find_the_site_s_names(client, bare_search, typed, slug):
    page = publish_corpus(bare_search)[slug]
    assert url_of(page, "en") in result_urls(search(client, "en", typed))


def test_seeded_synonyms_exist_on_a_fresh_site():
    groups = dict(SearchSynonyms.objects.values_list("language", "groups"))
    assert "Hajj, Haj, Hadj" in groups["en"] and "Jeddah, Jiddah" in groups["en"]
    assert "عمرة" in groups["ar"]


def test_a_synonym_an_editor_adds_works_at_once_in_its_language_only(client, bare_search):
    page = page_with(bare_search, "نص عن القهوة العربية", "About Arabic coffee")
    assert result_urls(search(client, "ar", "البن")) == []
    synonyms = SearchSynonyms.objects.get(language="ar")
    synonyms.groups += "\nقهوة، بن"
    synonyms.save()
    assert result_urls(search(client, "ar", "البن")) == [url_of(page, "ar")]
    assert result_urls(search(client, "en", "bun")) == []
    english = SearchSynonyms.objects.get(language="en")
    english.groups += "\ncoffee, qahwa"
    english.save()
    assert result_urls(search(client, "en", "qahwa")) == [url_of(page, "en")]
    english.delete()
    assert result_urls(search(client, "en", "qahwa")) == []


def test_a_synonym_ranks_below_the_word_itself(client, bare_search):
    synonym = page_with(bare_search, "نص", "Notes on Haj travel", title=("صفحة أولى", "First"))
    exact = page_with(bare_search, "نص", "Notes on Hadj travel", title=("صفحة ثانية", "Second"))
    assert result_urls(search(client, "en", "hadj travel"))[:2] == [
        url_of(exact, "en"),
        url_of(synonym, "en"),
    ]
