"""Editors' picks: pages editors put above the results for a query, per language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Page

from search.models import SearchMiss, SearchPick
from tests.core.test_admin_reports import set_admin_language
from tests.helpers import sign_in
from tests.search.searching import publish_corpus, publish_many, search, url_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_picks():
    # Picks are cached across requests; a test's rolled-back picks must not linger.
    cache.clear()
    yield
    cache.clear()


_PICK = re.compile(
    r'<li class="search-result search-result--pick" data-testid="search-pick">\s*'
    r'<p class="search-result__kind">(.*?)</p>\s*'
    r'<h3 class="search-result__title"><a href="([^"]*)">(.*?)</a>',
    re.S,
)


def picks(response):
    return [(kind.strip(), url, title) for kind, url, title in _PICK.findall(response.content.decode())]


@pytest.fixture
def pages(bare_search):
    """The search tests' small site, and more than a page of results for "innovation"."""
    publish_many(bare_search)
    return publish_corpus(bare_search)


@pytest.fixture
def clinic(pages):
    return pages["mobile-tent-clinic"]


@pytest.fixture
def crowd_map(pages):
    return pages["live-crowd-map"]


def test_a_pick_shows_above_the_results_marked_in_its_language_only(client, clinic, crowd_map):
    SearchPick.objects.create(language="en", query="Innovation", page=clinic, sort_order=2)
    SearchPick.objects.create(language="en", query="innovations", page=crowd_map, sort_order=1)
    SearchPick.objects.create(language="ar", query="الابتكار", page=clinic)

    english = search(client, "en", "INNOVATIONS")
    assert picks(english) == [
        ("Editor's pick", url_of(crowd_map, "en"), crowd_map.title_en),
        ("Editor's pick", url_of(clinic, "en"), clinic.title_en),
    ]
    html = english.content.decode()
    assert html.index('data-testid="search-picks"') < html.index('data-testid="search-results"')

    arabic = search(client, "ar", "ابتكارات")
    assert picks(arabic) == [("اختيار المحررين", url_of(clinic, "ar"), clinic.title_ar)]
    assert picks(search(client, "en", "innovation camp")) == []
    second_page = search(client, "en", "innovation", page="2")
    assert second_page.status_code == 200 and picks(second_page) == []


def test_a_pick_of_an_unpublished_or_untranslated_page_is_not_shown(client, clinic):
    SearchPick.objects.create(language="en", query="clinic", page=clinic)
    assert len(picks(search(client, "en", "clinic"))) == 1
    Page.objects.filter(pk=clinic.pk).update(title_en="")
    assert picks(search(client, "en", "clinic")) == []
    Page.objects.filter(pk=clinic.pk).update(title_ar="عيادة", live=False)
    SearchPick.objects.create(language="ar", query="عيادة", page=clinic)
    assert picks(search(client, "ar", "عيادة")) == []


def test_editors_add_picks_in_the_admin(client, clinic):
    editor = get_user_model().objects.create_user("comms", "comms@example.org", "not-a-real-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    set_admin_language(editor, "ar")
    sign_in(client, editor)
    listing = client.get("/admin/snippets/search/searchpick/").content.decode()
    assert "اختيارات المحررين" in listing
    response = client.post(
        "/admin/snippets/search/searchpick/add/",
        {"language": "en", "query": "first aid", "page": clinic.pk, "sort_order": 0},
    )
    assert response.status_code == 302
    assert SearchPick.objects.get().query_keys == "first aid"
    assert picks(search(client, "en", "First  aid"))[0][1] == url_of(clinic, "en")


@pytest.mark.parametrize(
    ("language", "query", "nothing_found"),
    [("en", "visa", "Nothing found."), ("ar", "تأشيرة", "لم نجد شيئاً.")],
)
def test_a_pick_shows_when_the_query_finds_nothing_else(client, clinic, language, query, nothing_found):
    # No page holds the word; the reader is told so, gets the pick, and the query is not
    # reported as one readers found nothing for (editors have answered it).
    response = search(client, language, query)
    html = response.content.decode()
    assert response.status_code == 200 and nothing_found in html and 'data-testid="result-count"' in html
    assert SearchMiss.objects.filter(language=language).count() == 1

    SearchPick.objects.create(language=language, query=query, page=clinic)
    response = search(client, language, query)
    assert [url for _kind, url, _title in picks(response)] == [url_of(clinic, language)]
    assert nothing_found in response.content.decode()
    assert SearchMiss.objects.get(language=language).count == 1
