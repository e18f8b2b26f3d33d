"""What a search may list (search.scope): never a page behind a view restriction, nor another
site's page; and what it costs to know that."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.models import StandardPage
from search.query import Query
from search.ranking import search as ranked
from search.scope import scope_of
from tests.factories import translated_page
from tests.search.searching import publish_page, result_urls, search, url_of

pytestmark = pytest.mark.django_db

WORD = ("زعفران", "saffron")


@pytest.fixture
def saffron(bare_search):
    """A section and a page under it, both holding the word in both languages."""
    section = publish_page(bare_search, title=(f"قسم {WORD[0]}", f"{WORD[1]} section"), body=WORD)
    page = publish_page(section, title=(f"صفحة {WORD[0]}", f"{WORD[1]} page"), body=WORD)
    return section, page


@pytest.mark.parametrize(("language", "word"), [("ar", WORD[0]), ("en", WORD[1])])
def test_pages_behind_a_view_restriction_are_not_listed(client, saffron, language, word):
    section, page = saffron
    assert len(result_urls(search(client, language, word))) == 2
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    response = search(client, language, word)
    assert result_urls(response) == [] and 'data-testid="search-empty"' in response.content.decode()
    restriction.delete()
    assert sorted(result_urls(search(client, language, word))) == sorted(
        [url_of(section, language), url_of(page, language)]
    )


@pytest.fixture
def second_site(settings):
    """A second site beside the main one (another root under the tree's root)."""
    root = translated_page(
        StandardPage, Page.get_first_root_node(), ("موقع آخر", "Other site"), ("موقع-آخر", "other-site")
    )
    Site.objects.create(hostname="other.example.org", root_page=root)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example.org"]
    yield root
    # Wagtail (and, per language, wagtail-modeltranslation) cache the sites' root paths,
    # which outlive the rolled-back transaction: with two sites, every later test would get
    # absolute URLs.
    Site.clear_site_root_paths_cache()
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code, _name in settings.LANGUAGES])


@pytest.mark.parametrize(("language", "word"), [("ar", WORD[0]), ("en", WORD[1])])
def test_each_site_lists_its_own_pages_only(client, saffron, second_site, language, word):
    other = publish_page(second_site, title=(f"آخر {WORD[0]}", f"other {WORD[1]}"), body=WORD)

    main_urls = result_urls(search(client, language, word))
    assert len(main_urls) == 2 and url_of(other, language) not in main_urls
    other_site = client.get(f"/{language}/search/", {"q": word}, headers={"host": "other.example.org"})
    assert other_site.status_code == 200 and len(result_urls(other_site)) == 1


def test_the_scope_costs_nothing_once_read(client, saffron):
    search(client, "en", WORD[1])  # reads the site, the settings and the scope
    with CaptureQueriesContext(connection) as first:
        search(client, "en", WORD[1])
    scope_queries = [
        query["sql"]
        for query in first
        if 'FROM "wagtailcore_pageviewrestriction" INNER JOIN' in query["sql"]
        or '"depth" = 2' in query["sql"]
    ]
    assert scope_queries == []


def test_a_scope_with_nothing_left_out_adds_no_condition(saffron):
    section, _page = saffron
    root = Site.objects.get(is_default_site=True).root_page
    assert scope_of(root).exclusion("page_id") == ("", [])
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    condition, params = scope_of(root).exclusion("page_id")
    assert "NOT IN" in condition and params == [section.path + "%"]
    with CaptureQueriesContext(connection) as captured:
        results = ranked(Query.parse(WORD[1]), "en", root)
    # The restrictions, the pages beside the root, then the ranking itself.
    assert len(captured) == 3 and len(results) == 0
