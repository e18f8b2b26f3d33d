"""Typo notices in both languages, and the admin report of searches that found nothing."""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from search.models import SearchMiss
from tests.core.test_admin_reports import set_admin_language
from tests.helpers import sign_in
from tests.search.searching import publish_corpus, publish_page, result_urls, search, url_of

pytestmark = pytest.mark.django_db


def notice(response):
    match = re.search(r'data-testid="search-corrected">(.*?)</p>', response.content.decode(), re.S)
    return unescape(" ".join(match.group(1).split())) if match else None


@pytest.fixture
def pages(bare_search):
    """The search tests' small site: the words the typos below are one letter away from."""
    return publish_corpus(bare_search)


def exact_link(response):
    return unescape(
        re.search(r'<a href="([^"]+)" data-testid="search-exact">', response.content.decode()).group(1)
    )


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [("inovation", "innovation"), ("innovaton", "innovation"), ("pilgrms", "pilgrims")],
)
def test_an_english_typo_is_corrected_with_a_notice_and_a_way_back(client, pages, typed, corrected):
    response = search(client, "en", typed)
    assert result_urls(response)
    assert f"Showing results for “{corrected}”" in notice(response)
    assert f"Search instead for “{typed}”" in notice(response)
    exact = client.get(exact_link(response))
    assert result_urls(exact) == [] and notice(exact) is None


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("الخيمت", "الخيمة"),  # ة typed as ت
        ("الحشوج", "الحشود"),  # ج beside د on the keyboard
        ("مخيك", "مخيم"),  # ك beside م
    ],
)
def test_an_arabic_typo_is_corrected_with_a_notice(client, pages, typed, corrected):
    response = search(client, "ar", typed)
    assert result_urls(response)
    assert f"تظهر نتائج «{corrected}»" in notice(response)
    assert f"ابحث بدلًا من ذلك عن «{typed}»" in notice(response)


def test_a_query_that_finds_something_is_not_corrected(client, pages, bare_search):
    page = publish_page(bare_search, title=("صفحة", "Innovaton Street"), body=("", ""))
    response = search(client, "en", "innovaton")
    assert result_urls(response) == [url_of(page, "en")] and notice(response) is None


def test_short_words_are_not_corrected(client, pages):
    response = search(client, "en", "hajx")  # one letter from Hajj, which the site holds
    assert result_urls(response) == [] and notice(response) is None


# -- what readers did not find -------------------------------------------------------------------


def test_searches_without_results_are_counted_per_day_and_language(client, pages):
    for _ in range(3):
        search(client, "en", "Zeppelins  ")
    search(client, "ar", "غواصة")
    search(client, "en", "innovation")  # found: not counted
    search(client, "en", "zeppelins", page="2")  # a 404 page, not a search
    rows = set(SearchMiss.objects.values_list("day", "language", "query", "count"))
    today = timezone.localdate()
    assert rows == {(today, "en", "zeppelins", 3), (today, "ar", "غواصة", 1)}


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("comms", "comms@example.org", "not-a-real-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.parametrize(
    ("language", "title", "arabic_label"),
    [("en", "Searches without results", "Arabic"), ("ar", "عمليات بحث بلا نتائج", "العربية")],
)
def test_the_report_lists_the_last_thirty_days_most_searched_first(
    client, editor, language, title, arabic_label
):
    today = timezone.localdate()
    SearchMiss.objects.create(day=today, language="en", query="zeppelins", count=2)
    SearchMiss.objects.create(
        day=today - timezone.timedelta(days=3), language="en", query="zeppelins", count=2
    )
    SearchMiss.objects.create(day=today, language="ar", query="غواصة", count=3)
    SearchMiss.objects.create(
        day=today - timezone.timedelta(days=31), language="en", query="ancient", count=9
    )
    set_admin_language(editor, language)
    sign_in(client, editor)
    html = client.get("/admin/reports/search-misses/").content.decode()
    assert title in html
    rows = re.findall(
        r'<tr data-testid="search-miss">\s*<td[^>]*>(.*?)</td>\s*<td>(.*?)</td>\s*<td>(\d+)</td>', html, re.S
    )
    assert [(query, int(count)) for query, _label, count in rows] == [("zeppelins", 4), ("غواصة", 3)]
    assert rows[1][1].strip() == arabic_label
    assert "ancient" not in html


def test_the_report_is_in_the_reports_menu_and_closed_to_the_public(client, editor):
    assert client.get("/admin/reports/search-misses/").status_code == 302
    set_admin_language(editor, "en")
    sign_in(client, editor)
    assert "/admin/reports/search-misses/" in client.get("/admin/").content.decode()


@pytest.mark.parametrize(("language", "label"), [("en", "Search synonyms"), ("ar", "مترادفات البحث")])
def test_editors_edit_the_synonyms_in_the_admin_in_their_language(
    client, bare_search, editor, language, label
):
    from search.models import SearchSynonyms

    set_admin_language(editor, language)
    sign_in(client, editor)
    synonyms = SearchSynonyms.objects.get(language="en")
    listing = client.get("/admin/snippets/search/searchsynonyms/").content.decode()
    assert label in listing
    response = client.post(
        f"/admin/snippets/search/searchsynonyms/edit/{synonyms.pk}/",
        {"language": "en", "groups": synonyms.groups + "\nzeppelin, airship"},
    )
    assert response.status_code == 302
    page = publish_page(bare_search, title=("صفحة", "Airship page"), body=("", "An airship"))
    assert result_urls(search(client, "en", "zeppelin")) == [url_of(page, "en")]
