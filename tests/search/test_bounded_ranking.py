"""A common word's results cost the page, not the pages holding the word (search.ranking):
matches are counted up to COUNT_LIMIT, and a one-word search whose first rows settle the
page reads only those rows from the ranking index. The same results either way.

COUNT_LIMIT is lowered to 20 here so that a few dozen pages show what 1,000 do on the site.
"""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage
from search import ranking, views
from search.index import index_page
from search.models import SearchEntry
from search.query import Query
from search.scope import Scope
from tests.search.searching import add_pages, search

pytestmark = pytest.mark.django_db

LIMIT = 20


@pytest.fixture
def count_limit(monkeypatch):
    monkeypatch.setattr(ranking, "COUNT_LIMIT", LIMIT)
    monkeypatch.setattr(views, "COUNT_LIMIT", LIMIT)


def ranked(words, offset=0, limit=10, scope=None):
    return ranking.search(Query.parse(words), "ar", offset=offset, limit=limit, scope=scope or Scope())


def add_titled_pages(home, titles, body):
    for number, title in enumerate(titles):
        slug = f"olives-{len(title)}-{number}"
        # Each language's fields by name: `title` alone is the active language's.
        page = StandardPage(
            title=title, title_ar=title, title_en="Olives", slug=slug, slug_ar=slug, slug_en=slug
        )
        page.body_ar = [("paragraph", f"<p>{body}</p>")]
        home.add_child(instance=page)
        index_page(page)


def add_prefix_pages(home, count):
    """Pages whose titles hold only a longer word (زيتونات, a PREFIX match) and whose texts
    repeat زيتون itself: the most a text can score, below any title holding the word."""
    add_titled_pages(home, [f"زيتونات {number}" for number in range(count)], "زيتون " * 7)


def add_long_titled_pages(home, count):
    """Pages holding the word in title and text as the first rows do, with longer titles."""
    add_titled_pages(home, [f"زيتون المخيم في منى {number}" for number in range(count)], "زيتون " * 7)


def work_of(action):
    """What the ranking query costs, in a measure that grows with the rows it reads:
    PostgreSQL's count of key rows its plan read (EXPLAIN ANALYZE), SQLite's count of
    virtual machine steps (in hundreds)."""
    if connection.vendor == "postgresql":
        with CaptureQueriesContext(connection) as captured:
            action()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + captured[-1]["sql"])
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return _key_rows(plan[0]["Plan"])
    steps = []
    connection.ensure_connection()
    connection.connection.set_progress_handler(lambda: steps.append(1) and 0, 100)
    try:
        action()
    finally:
        connection.connection.set_progress_handler(None, 100)
    return len(steps)


def _key_rows(node):
    read = node["Actual Rows"] * node["Actual Loops"] if node.get("Relation Name") == "core_searchkey" else 0
    return read + sum(_key_rows(child) for child in node.get("Plans", []))


def test_a_common_word_reads_the_same_rows_for_forty_pages_or_two_hundred_and_forty(bare_search, count_limit):
    add_pages(bare_search, 40)
    few = work_of(lambda: ranked("زيتون"))
    add_pages(bare_search, 200, start=40)
    many = work_of(lambda: ranked("زيتون"))
    assert many <= few * 1.25
    if connection.vendor == "postgresql":
        # The first page's 10 rows and the 21 counted: nothing of the general ranking.
        assert many <= 10 + LIMIT + 1


def test_without_settled_rows_the_ranking_reads_every_match(bare_search, count_limit):
    # Titles alone hold the word: the first rows do not settle the page, so every match is
    # ranked (and the measure above would see it grow).
    add_pages(bare_search, 40, body="الحج")
    few = work_of(lambda: ranked("زيتون"))
    add_pages(bare_search, 200, start=40, body="الحج")
    many = work_of(lambda: ranked("زيتون"))
    assert many > few * 3


@pytest.mark.parametrize("body", [None, "الحج"], ids=["settled by the first rows", "ranked in full"])
def test_pages_of_a_counted_search_are_those_of_the_full_ranking(bare_search, monkeypatch, body):
    add_pages(bare_search, 30, body=body)
    add_prefix_pages(bare_search, 5)
    add_long_titled_pages(bare_search, 4)  # after the shorter titles with the same repetitions
    add_pages(bare_search, 5, start=30, body="زيتون")  # the word once in the text
    monkeypatch.setattr(ranking, "COUNT_LIMIT", 1000)
    everything = ranked("زيتون", limit=100)
    assert everything.total == 44 and not everything.more
    monkeypatch.setattr(ranking, "COUNT_LIMIT", LIMIT)
    for offset, limit in ((0, 10), (0, 7), (7, 7), (10, 10)):
        page = ranked("زيتون", offset=offset, limit=limit)
        assert page.entry_ids == everything.entry_ids[offset : offset + limit]
        assert page.total == LIMIT and page.more and not page.partial
    # Only the first COUNT_LIMIT results can be paged through.
    assert ranked("زيتون", offset=14, limit=7).entry_ids == everything.entry_ids[14:LIMIT]
    assert ranked("زيتون", offset=LIMIT).entry_ids == []


def test_a_left_out_page_stays_out_of_a_counted_search(bare_search, monkeypatch):
    add_pages(bare_search, 30)
    first = ranked("زيتون").entry_ids[0]
    path = Page.objects.get(pk=SearchEntry.objects.get(pk=first).page_id).path
    scope = Scope(subtrees=(path,))  # as for a page behind a view restriction (search.scope)
    everything = ranked("زيتون", limit=100, scope=scope)
    assert first not in everything.entry_ids and everything.total == 29
    monkeypatch.setattr(ranking, "COUNT_LIMIT", LIMIT)
    for offset in (0, 10):
        page = ranked("زيتون", offset=offset, scope=scope)
        assert page.entry_ids == everything.entry_ids[offset : offset + 10] and page.more


def test_a_search_under_the_limit_is_counted_exactly(bare_search, count_limit):
    add_pages(bare_search, LIMIT)
    results = ranked("زيتون")
    assert results.total == LIMIT and not results.more and len(results.entry_ids) == 10


def count_line(response):
    return re.search(r'data-testid="result-count">\s*([^<]*?)\s*<', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("language", "word", "line"),
    [("ar", "زيتون", "أكثر من 20 نتيجة عن «زيتون»"), ("en", "olive", "More than 20 results for “olive”")],
)
def test_the_page_says_more_than_the_limit_and_pages_only_through_it(
    client, bare_search, count_limit, language, word, line
):
    add_pages(bare_search, 30)
    first = search(client, language, word)
    assert first.status_code == 200 and count_line(first) == line
    assert f'<html lang="{language}"' in first.content.decode()
    second = search(client, language, word, page=2)
    assert second.status_code == 200 and count_line(second) == line
    past = search(client, language, word, page=3)
    assert past.status_code == 404
    assert f'<html lang="{language}"' in past.content.decode()
