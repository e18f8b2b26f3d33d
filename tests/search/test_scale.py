"""The search ranks in the database: its queries do not grow with the matching pages, pages of
results follow one order, and the release step refills a stale index (search.ranking,
search.index.is_stale)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from search.index import INDEX_FORMAT, index_page
from search.models import SearchEntry, SearchKey
from search.query import KeySet, Query
from search.ranking import search as ranked
from tests.search.searching import add_pages, publish_page, result_urls, search, url_of

pytestmark = pytest.mark.django_db


def queries_and_count(client, query):
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "ar", query)
    count = re.search(r'data-testid="result-count">\s*([^<]*)<', response.content.decode()).group(1)
    return len(captured), count, response


def test_query_count_is_the_same_for_ten_and_two_hundred_matching_pages(client, bare_search):
    add_pages(bare_search, 10)
    search(client, "ar", "زيتون")  # warm the site and settings caches
    few, count_few, response = queries_and_count(client, "زيتون")
    assert len(result_urls(response)) == 10 and "10" in count_few
    add_pages(bare_search, 190, start=10)
    search(client, "ar", "زيتون")  # the saves above make the server read the site once more
    many, count_many, response = queries_and_count(client, "زيتون")
    assert len(result_urls(response)) == 10 and "200" in count_many
    assert many == few


def test_one_query_ranks_counts_and_cuts_a_page(bare_search):
    add_pages(bare_search, 30)
    query = Query.parse("زيتون")
    with CaptureQueriesContext(connection) as captured:
        results = ranked(query, "ar", offset=10, limit=10)
    # The view restrictions (private pages), then the ranking itself.
    assert len(captured) == 2
    assert len(results) == 30 and len(results.entry_ids) == 10 and not results.partial


def test_a_page_of_results_reads_each_distinct_word_once_to_mark_it(client, bare_search, monkeypatch):
    # Ten results holding the same words share what each word matches (search.excerpts):
    # marking their titles and excerpts costs the distinct words, not the words shown.
    add_pages(bare_search, 10)
    looked_at = []
    of_word = KeySet.of_word.__func__

    def counting(cls, word):
        looked_at.append(word)
        return of_word(cls, word)

    monkeypatch.setattr(KeySet, "of_word", classmethod(counting))
    response = search(client, "ar", "زيتون")
    assert len(result_urls(response)) == 10
    assert looked_at and len(looked_at) == len(set(looked_at))


def test_pages_of_results_follow_one_order(bare_search):
    add_pages(bare_search, 25)
    query = Query.parse("زيتون الحج")
    everything = ranked(query, "ar", limit=1000).entry_ids
    pages = [ranked(query, "ar", offset=offset, limit=7).entry_ids for offset in range(0, 28, 7)]
    assert [entry for page in pages for entry in page] == everything
    assert len(everything) == len(set(everything)) >= 25


def test_ties_are_broken_by_title_length_then_the_newest_page(bare_search):
    # Same words, same counts: the shorter title (in words) first; equal lengths, the page
    # created last first.
    titles = ("زيتون الحج المبارك", "زيتون المخيم", "زيتون", "زيتون الحج")
    for number, title in enumerate(titles):
        page = StandardPage(title=title, title_ar=title, title_en="Olive", slug=f"tie-{number}")
        bare_search.add_child(instance=page)
        index_page(page)
    ids = ranked(Query.parse("زيتون"), "ar").entry_ids
    titles = dict(SearchEntry.objects.filter(pk__in=ids).values_list("pk", "title"))
    assert [titles[pk] for pk in ids] == ["زيتون", "زيتون الحج", "زيتون المخيم", "زيتون الحج المبارك"]


def rebuild_if_stale():
    out = StringIO()
    call_command("rebuild_search_index", "--if-stale", stdout=out)
    return out.getvalue()


def test_release_step_does_nothing_when_the_index_is_current(home):
    with CaptureQueriesContext(connection) as captured:
        assert "current" in rebuild_if_stale()
    assert len(captured) == 2  # two EXISTS queries, no writes


def test_release_step_rebuilds_an_index_written_by_older_code(client, home):
    before = SearchKey.objects.count()
    SearchEntry.objects.filter(language="en").update(index_format=INDEX_FORMAT - 1)
    assert "rebuilt" in rebuild_if_stale()
    assert not SearchEntry.objects.exclude(index_format=INDEX_FORMAT).exists()
    assert SearchKey.objects.count() == before


def test_release_step_fills_an_index_missing_after_a_restore(client, home):
    page = publish_page(home, title=("خريطة الحشود", "Crowd map"), body=("الحشود", "Crowds"))
    SearchEntry.objects.all().delete()  # a database restored without the index
    assert result_urls(search(client, "en", "crowd")) == []
    assert "rebuilt" in rebuild_if_stale()
    assert url_of(page, "en") in result_urls(search(client, "en", "crowd"))
