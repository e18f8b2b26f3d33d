"""Filter counts, the newsroom's years and the sitemap's section sizes are counted once and
kept until content changes (serving.shared): the next reader pays no aggregate, and a publish
shows in them at once, in both languages."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ArticleFactory,
    InnovationFactory,
    NewsIndexFactory,
    ShowcaseIndexFactory,
    ThemeFactory,
)
from tests.helpers import url_in


def get_with_queries(client, url, data=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data or {})
    assert response.status_code == 200
    return response, [query["sql"] for query in queries.captured_queries]


def aggregates(sql):
    return [query for query in sql if "COUNT(" in query.upper() or "DISTINCT" in query.upper()]


def result_count(response):
    """The number the listing's heading shows (in Arabic it may be spelt out)."""
    return response.context["page_obj"].paginator.count


@pytest.fixture
def theme():
    return ThemeFactory()


@pytest.fixture
def showcase(bare_home, theme):
    index = ShowcaseIndexFactory(parent=bare_home)
    InnovationFactory(parent=index, stage="pilot", themes=[theme])
    InnovationFactory(parent=index, stage="idea", themes=[theme])
    return index


def theme_count(response, theme):
    options = response.context["filter"].theme_options()
    return next(option["count"] for option in options if option["value"] == theme.slug)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_showcase_counts_once_and_sees_a_publish_at_once(client, showcase, theme, language):
    url = url_in(showcase, language)
    first, first_sql = get_with_queries(client, url, {"stage": "pilot"})
    again, again_sql = get_with_queries(client, url, {"stage": "pilot"})
    assert aggregates(first_sql) and not aggregates(again_sql)
    assert (result_count(again), theme_count(again, theme)) == (1, 1)

    InnovationFactory(parent=showcase, stage="pilot", themes=[theme], revision=True)
    after, _ = get_with_queries(client, url, {"stage": "pilot"})
    assert (result_count(after), theme_count(after, theme)) == (2, 2)
    # Another selection is counted for itself, not taken from the one before.
    ideas, _ = get_with_queries(client, url, {"stage": "idea"})
    assert (result_count(ideas), theme_count(ideas, theme)) == (1, 1)


@pytest.fixture
def newsroom(bare_home):
    index = NewsIndexFactory(parent=bare_home)
    ArticleFactory(parent=index, date=datetime.date(2025, 5, 1))
    return index


def years(response):
    return [option["value"] for option in response.context["filter"].year_options()]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_newsroom_years_and_total_follow_a_publish(client, newsroom, language):
    url = url_in(newsroom, language)
    get_with_queries(client, url)
    again, again_sql = get_with_queries(client, url)
    assert not aggregates(again_sql)
    assert (years(again), result_count(again)) == (["2025"], 1)

    ArticleFactory(parent=newsroom, date=datetime.date(2026, 2, 1), revision=True)
    after, _ = get_with_queries(client, url)
    assert (years(after), result_count(after)) == (["2026", "2025"], 2)
    in_2025, _ = get_with_queries(client, url, {"year": "2025"})
    assert result_count(in_2025) == 1


def sitemap_locations(client, path):
    return re.findall(r"<loc>([^<]+)</loc>", client.get(path).content.decode())


def test_a_warm_sitemap_index_reads_nothing_and_a_new_section_shows_at_once(client, bare_home, showcase):
    # Finding the sections reads the rows under the home page: at 20,000 pages it was most
    # of the index's cost, paid by every request.
    get_with_queries(client, "/sitemap.xml")
    _, again_sql = get_with_queries(client, "/sitemap.xml")
    assert again_sql == []
    newsroom = NewsIndexFactory(parent=bare_home)
    ArticleFactory(parent=newsroom)
    files = re.findall(r"<loc>[^<]*(/sitemaps/[^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    assert f"/sitemaps/ar/{newsroom.pk}.xml" in files and f"/sitemaps/en/{newsroom.pk}.xml" in files


@pytest.mark.parametrize("language", ["ar", "en"])
def test_sitemap_sizes_are_counted_once_and_follow_a_publish(client, showcase, language):
    get_with_queries(client, "/sitemap.xml")
    _, again_sql = get_with_queries(client, "/sitemap.xml")
    assert not aggregates(again_sql)
    section = f"/sitemaps/{language}/{showcase.pk}.xml"
    before = sitemap_locations(client, section)

    new = InnovationFactory(parent=showcase, revision=True)
    after = sitemap_locations(client, section)
    assert len(after) == len(before) + 1
    assert any(location.endswith(url_in(new, language)) for location in after)
