"""The search page: language, Arabic spellings, English stems, ranking, bad input, query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home.models import StandardPage
from tests.helpers import parse, robots
from tests.search.searching import (
    names,
    publish_corpus,
    publish_many,
    publish_page,
    result_urls,
    results,
    search,
    url_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(bare_search):
    """The search tests' small site (tests/search/searching.py), and nothing else to find."""
    return publish_corpus(bare_search)


# -- the page itself --------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_search_page_has_its_language_and_direction(client, language, direction):
    response = search(client, language, "camp")
    assert response.status_code == 200
    assert parse(response).html_attrs == {"lang": language, "dir": direction}
    assert response["Content-Language"] == language


@pytest.mark.parametrize("language", ["ar", "en"])
def test_search_page_is_kept_out_of_search_engines(client, language):
    response = search(client, language, "الحج")
    assert robots(response) == "noindex"
    assert response["X-Robots-Tag"] == "noindex"


def test_header_form_shows_the_query(client):
    response = search(client, "ar", "  مخيم   الحج ")
    html = response.content.decode()
    header_input = re.search(r'<input id="site-search-q"[^>]*>', html).group()
    assert 'value="مخيم الحج"' in header_input
    assert 'action="/ar/search/"' in html


def test_results_name_title_kind_and_excerpt_in_the_language(client, pages):
    with translation.override("en"):
        expected_kind = str(StandardPage._meta.verbose_name)
    story = pages["camp-story"]
    found = results(search(client, "en", "Jeddah"))
    story_hit = next(hit for hit in found if hit["url"] == url_of(story, "en"))
    assert story_hit["title"] == "The camp story"
    assert story_hit["kind"] == expected_kind
    assert "<mark>Jeddah</mark>" in story_hit["excerpt_html"]
    assert not re.search(r"[\u0600-\u06ff]", story_hit["excerpt_html"])


def test_matched_words_are_marked_in_titles_and_excerpts(client, pages):
    found = results(search(client, "ar", "ابتكار"))
    home_hit = next(hit for hit in found if hit["url"] == url_of(pages["home"], "ar"))
    assert home_hit["title_html"] == "مخيم الحج <mark>الابتكاري</mark>"
    showcase = results(search(client, "ar", "والابتكارات"))
    assert any("<mark>الابتكارات</mark>" in hit["excerpt_html"] for hit in showcase)


def test_results_list_carries_test_ids(client, bare_search):
    publish_many(bare_search)
    html = search(client, "en", "innovation").content.decode()
    assert html.count('data-testid="search-results"') == 1
    assert html.count('data-testid="search-result"') == 10  # the first page of more than ten


# -- Arabic spellings -------------------------------------------------------------------------

CANONICAL_TEXT = (
    "تقف سيارات الإسعاف قرب المستشفى، وفي المكتبة جائزة يسلمها المسؤول عن مؤشر الآبار "
    "للفرق التطوعية التي تخدم الحجاج."
)


@pytest.fixture
def canonical_page(bare_search):
    """A page holding the canonical spellings, and one that holds none of them."""
    publish_page(bare_search, title=("صفحة للمقارنة", "Control page"), body=("نص لا يحوي الكلمات", "Nothing"))
    return publish_page(bare_search, title=("دليل الإسعاف", "First aid guide"), body=(CANONICAL_TEXT, ""))


@pytest.mark.parametrize(
    "query",
    [
        # tashkeel and tatweel
        "الإِسْعَاف",
        "المُسْتَشْفَى",
        "الإسعـــاف",
        "المكتـبـة",
        # hamza and alef forms
        "الاسعاف",
        "الأسعاف",
        "ٱلإسعاف",
        "ابار",
        "أبار",
        "المسئول",
        "موشر",
        "جايزة",
        # ة / ه and ى / ي
        "المكتبه",
        "مكتبه",
        "جائزه",
        "المستشفي",
        "مستشفي",
        # without the article, or with particles attached
        "إسعاف",
        "مستشفى",
        "والإسعاف",
        "فالإسعاف",
        "بالإسعاف",
        "كالإسعاف",
        "للإسعاف",
        "وبالمستشفى",
        "ومكتبة",
        "بمكتبة",
        "وإسعاف",
        "لإسعاف",
        "بإسعاف",
        "فإسعاف",
        "كإسعاف",
        # by stem
        "تطوع",
        "تطوعي",
        # several words, in any spelling
        "اسعاف المستشفي",
    ],
)
def test_each_arabic_spelling_finds_the_page_with_the_canonical_one(client, canonical_page, query):
    assert result_urls(search(client, "ar", query)) == [url_of(canonical_page, "ar")]


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("ابتكار", "home"),  # مخيم الحج الابتكاري
        ("والابتكارات", "innovations"),  # معرض الابتكارات
        ("بالمخيم", "camp-story"),  # قصة المخيم
        ("للحجاج", "instant-pilgrim-translation"),  # ترجمة فورية للحجاج
        ("الحجاج", "instant-pilgrim-translation"),
        ("حج", "ministry-of-hajj-and-umrah"),  # وزارة الحج والعمرة
        ("اوقاف", "general-authority-for-awqaf"),  # الهيئة العامة للأوقاف
        ("عياده", "mobile-tent-clinic"),  # عيادة الخيمة المتنقلة
        ("مني", "site-preparation"),  # تجهيز الموقع في منى
    ],
)
def test_arabic_variants_find_the_pages_with_the_canonical_spelling(client, pages, query, slug):
    assert slug in names(search(client, "ar", query), pages)


def test_short_words_do_not_match_longer_ones(client, bare_search):
    booking = publish_page(bare_search, title=("صفحة الحجز", "Booking page"), body=("حجز", ""))
    from_page = publish_page(bare_search, title=("صفحة أخرى", "Another page"), body=("جاء من بعيد", ""))
    assert url_of(booking, "ar") not in result_urls(search(client, "ar", "حج"))
    assert url_of(from_page, "ar") not in result_urls(search(client, "ar", "منى"))
    assert result_urls(search(client, "ar", "الحجز")) == [url_of(booking, "ar")]


def test_a_word_still_being_typed_finds_by_its_start(client, pages):
    assert "manafe-consulting" in names(search(client, "ar", "الاستشا"), pages)  # منافع للاستشارات
    assert "camp-story" in names(search(client, "en", "Jedd"), pages)  # Jeddah


# -- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["innovation", "INNOVATIONS", "Innovative", "innovate"])
def test_english_is_case_insensitive_and_stemmed(client, pages, query):
    found = names(search(client, "en", query), pages)
    assert {"innovations", "home"} <= set(found)  # Innovation showcase; Innovative Hajj Camp


def test_english_search_leaves_out_pages_not_translated(client, bare_search):
    page = publish_page(bare_search, title=("صفحة Quokkaville", ""), body=("Quokkaville", ""))
    assert result_urls(search(client, "ar", "quokkaville")) == [url_of(page, "ar")]
    assert result_urls(search(client, "en", "quokkaville")) == []


def test_each_language_searches_its_own_text(client, pages):
    crowd_map = pages["live-crowd-map"]  # الحشود in its Arabic, crowd in its English
    assert result_urls(search(client, "ar", "الحشود")) == [url_of(crowd_map, "ar")]
    assert result_urls(search(client, "en", "crowd")) == [url_of(crowd_map, "en")]
    assert result_urls(search(client, "en", "الحشود")) == []
    assert result_urls(search(client, "ar", "crowd")) == []


# -- the same lists on every database ---------------------------------------------------------

# The ranking rules (search.ranking) on the small site of tests/search/searching.py: pages
# holding every word; title matches first; then more and better text matches; then the
# shorter title, then the page created last (the corpus is published in its order). Both
# test runs (SQLite and PostgreSQL) check these same lists.
EXPECTED = [
    (
        "ar",
        "منى",
        [
            "site-preparation",  # in the title
            "camp-story",  # three times in the text
            "press-kit",  # twice
            "home",  # once, a shorter title than the next
            "agreement-signed",  # once
        ],
    ),
    ("en", "Mina", ["site-preparation", "camp-story", "press-kit", "home", "agreement-signed"]),
    (
        "ar",
        "الأوقاف",
        [
            "general-authority-for-awqaf",  # in the title (للأوقاف)
            "press-kit",  # once in the text each: two-word titles first, the later page first
            "camp-story",
            "ministry-of-hajj-and-umrah",
        ],
    ),
    ("en", "awqaf", ["general-authority-for-awqaf", "press-kit", "camp-story", "ministry-of-hajj-and-umrah"]),
    ("ar", "٢٠٣٠", ["press-kit", "camp-story", "ministry-of-hajj-and-umrah"]),  # Arabic-Indic digits
    ("en", "vision 2030", ["press-kit", "camp-story"]),  # the ministry's text has 2030 alone
    ("ar", "للحجاج", ["instant-pilgrim-translation", "camp-story", "ministry-of-hajj-and-umrah"]),
    ("ar", "ترجمة فورية", ["instant-pilgrim-translation"]),
    ("ar", "عيادة متنقلة", ["mobile-tent-clinic"]),
    ("ar", "الحشود باريس", ["live-crowd-map"]),  # no page has both: the one with some
    ("en", "crowd", ["live-crowd-map"]),
    (
        "en",
        "pilgrims",
        [
            "lost-pilgrim-guidance",  # in the title; ties with the next, published before it
            "instant-pilgrim-translation",
            "camp-story",  # twice in the text
            "ministry-of-hajj-and-umrah",  # once
        ],
    ),
    # Other numbers of an Arabic noun, ranked below the word itself.
    ("ar", "مشروع", ["camp-story", "innovations", "manafe-consulting"]),
    (
        "ar",
        "المشاريع",
        [
            "innovations",  # والمشاريع in the text, as good as المشاريع in the older next
            "manafe-consulting",
            "agreement-signed",  # ومشاريع
            "camp-story",  # مشروع
        ],
    ),
    ("ar", "شريك", ["partners", "general-authority-for-awqaf", "agreement-signed"]),  # الشركاء in a title
    ("ar", "ضيوف", ["manafe-consulting", "camp-story"]),  # a tie: the later page first
    ("ar", "مقصد", ["camp-story"]),  # المقاصد
    ("ar", "برنامج", ["camp-story"]),
    # British and American spellings, a seeded transliteration.
    *[
        ("en", spelling, ["partners", "manafe-consulting", "camp-story"])
        for spelling in ("organizations", "organisations")
    ],
    ("en", "Jiddah", ["camp-story", "agreement-signed"]),  # Jeddah
]


@pytest.mark.parametrize(("language", "query", "expected"), EXPECTED)
def test_fixed_queries_give_the_expected_lists(client, pages, language, query, expected):
    assert names(search(client, language, query), pages) == expected


def test_titles_rank_above_text(client, bare_search):
    in_text = publish_page(bare_search, title=("صفحة أولى", "First"), body=("عن الزعتر البري", "Thyme"))
    in_title = publish_page(bare_search, title=("الزعتر", "Thyme page"), body=("", ""))
    assert result_urls(search(client, "ar", "زعتر")) == [url_of(in_title, "ar"), url_of(in_text, "ar")]


def test_pages_with_every_word_come_alone_and_partial_matches_say_so(client, pages):
    response = search(client, "ar", "الحشود باريس")
    assert 'data-testid="search-partial"' in response.content.decode()
    assert names(response, pages) == ["live-crowd-map"]
    response = search(client, "ar", "خريطة المخيم")  # the crowd map's text holds both
    assert 'data-testid="search-partial"' not in response.content.decode()
    assert names(response, pages) == ["live-crowd-map"]


# -- pages of results ------------------------------------------------------------------------


def test_results_are_paginated_with_the_query_kept(client, bare_search):
    publish_many(bare_search)
    first = search(client, "ar", "ابتكار")
    second = search(client, "ar", "ابتكار", page="2")
    assert len(result_urls(first)) == 10
    assert result_urls(second) and not set(result_urls(first)) & set(result_urls(second))
    assert "?q=%D8%A7%D8%A8%D8%AA%D9%83%D8%A7%D8%B1&amp;page=2" in first.content.decode()


def test_query_count_does_not_grow_with_results(client, pages, bare_search, django_assert_max_num_queries):
    publish_many(bare_search)
    search(client, "ar", "عيادة")  # warm the site and settings caches
    counts = {}
    for query in ("عيادة", "ابتكار"):  # one result, a full page of ten
        with CaptureQueriesContext(connection) as queries:
            response = search(client, "ar", query)
        counts[query] = len(queries)
        assert len(result_urls(response)) == {"عيادة": 1, "ابتكار": 10}[query]
    assert counts["عيادة"] == counts["ابتكار"]
    # Site, view restrictions, matching entries, the page of results; the rest is the layout.
    with django_assert_max_num_queries(10):
        search(client, "en", "innovation")


def test_query_count_does_not_grow_with_the_number_of_pages(client, bare_search):
    def count(query):
        with CaptureQueriesContext(connection) as queries:
            search(client, "ar", query)
        return len(queries)

    publish_page(bare_search, title=("صفحة الزيتون", "Olive page"), body=("زيتون", "Olive"))
    search(client, "ar", "زيتون")  # warm the site and settings caches
    few = count("زيتون")
    for number in range(12):
        publish_page(bare_search, title=(f"زيتون {number}", f"Olive {number}"), body=("زيتون الحج", "Olive"))
    assert len(result_urls(search(client, "ar", "زيتون"))) == 10
    assert count("زيتون") == few


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"q": "\t\n"}, {"q": "", "page": "abc"}])
def test_blank_query_shows_the_form_and_a_hint_only(client, language, params):
    response = client.get(f"/{language}/search/", params)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="search-hint"' in html and 'data-testid="search-page-form"' in html
    assert 'data-testid="search-results"' not in html and 'data-testid="result-count"' not in html


@pytest.mark.parametrize("query", ["a", "و", "ـ", "ً", "!", "في", "the"])
def test_one_character_or_common_words_get_a_hint(client, query):
    response = search(client, "ar", query)
    assert response.status_code == 200
    assert 'data-testid="search-hint"' in response.content.decode()
    assert 'data-testid="search-results"' not in response.content.decode()


def test_two_thousand_characters_are_cut(client, pages):
    response = search(client, "ar", "مخيم " * 400)
    assert response.status_code == 200
    value = re.search(r'id="search-page-q"[^>]*value="([^"]*)"', response.content.decode()).group(1)
    assert len(value) <= 200
    assert "camp-story" in names(response, pages)


@pytest.mark.parametrize(
    "query", ['"', "*", ":", "&", "|", "!", "(", ")", "'", "\"مخيم\" & (الحج | !منى) 'x':*", "%", "_", "\\"]
)
def test_full_text_syntax_is_plain_text(client, query):
    response = search(client, "ar", query)
    assert response.status_code == 200


def test_syntax_around_words_is_ignored(client, pages):
    plain = names(search(client, "ar", "خريطة الحشود"), pages)
    assert names(search(client, "ar", '"خريطة" & (الحشود) | !*'), pages) == plain == ["live-crowd-map"]


def test_like_wildcards_are_not_wildcards(client, pages):
    assert result_urls(search(client, "en", "camp"))  # what c_mp would find as a wildcard
    assert result_urls(search(client, "ar", "%%")) == []
    assert result_urls(search(client, "en", "c_mp")) == []


def test_html_in_the_query_is_escaped(client):
    response = search(client, "en", '<script>alert("x")</script> camp')
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; camp" in html


@pytest.mark.parametrize("raw", ["q=%ZZ", "q=%", "q=%D8", "q=%FF%FE", "q=%00", "q=%E2%80%8F", "q=a&q=%ZZ"])
def test_broken_percent_encoding_is_not_an_error(client, raw):
    response = client.get(f"/ar/search/?{raw}")
    assert response.status_code == 200


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "", "9" * 40])
def test_bad_page_numbers_are_a_404_in_the_language(client, language, page):
    response = search(client, language, "camp" if language == "en" else "مخيم", page=page)
    assert response.status_code == 404
    assert parse(response).html_attrs["lang"] == language
