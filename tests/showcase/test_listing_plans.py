"""The newest innovations are read newest first from an index and the reading stops once the
list is full, whatever the number of pages (InnovationQuerySet.shown): the showcase, one
stage of it, and an innovation's related innovations.

Before, SQLite with ANALYZE statistics read and sorted every row of the page table for each
of these lists (17 ms at 20,000 pages). The plans are checked with statistics taken, as a
live database has them, and with the request's own bound parameters; on PostgreSQL, that an
index gives the order.
"""

import pytest
from django.db import connection

from tests.factories import InnovationFactory, ShowcaseIndexFactory, ThemeFactory
from tests.helpers import queries_of, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def showcase(bare_home):
    index = ShowcaseIndexFactory(parent=bare_home)
    theme = ThemeFactory()
    for number in range(24):
        stage = ("idea", "pilot", "prototype")[number % 3]
        InnovationFactory(parent=index, stage=stage, themes=[theme])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return index


def plans_of_lists(client, url):
    """The plans of the queries a request for `url` runs that list innovations newest first."""
    executed = queries_of(client, url)
    lists = [(sql, params) for sql, params in executed if '"published_on" DESC' in sql and "LIMIT" in sql]
    assert lists, "no list of innovations ran"
    plans = []
    with connection.cursor() as cursor:
        for sql, params in lists:
            if connection.vendor == "postgresql":
                # A test's few rows make any plan cheap: PostgreSQL is told to avoid table
                # scans and full sorts, so that it shows whether an index can give the order.
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute("SET LOCAL enable_sort = off")
                cursor.execute(f"EXPLAIN {sql}", params)
            else:
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plans.append([str(row[-1]).strip() for row in cursor.fetchall()])
    return plans


def assert_read_newest_first(plans):
    for plan in plans:
        if connection.vendor == "postgresql":
            # It walks one of the innovations' date indexes, as it does by its own statistics
            # at 20,000 pages (it did before EXISTS too: the change was for SQLite).
            dated = ("innovation_published_idx", "innovation_stage_published_idx")
            assert any(index in line for line in plan for index in dated), plan
        else:
            # The innovations' date index first, each page then by its key; only ties on the
            # date are sorted (“RIGHT PART OF ORDER BY”), never the whole list.
            assert plan[0].startswith("SCAN showcase_innovationpage USING") or plan[0].startswith(
                "SEARCH showcase_innovationpage USING INDEX innovation_stage_published_idx"
            ), plan
            assert not [line for line in plan if line.startswith("SCAN wagtailcore_page")], plan
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_showcase_lists_its_newest_innovations_from_the_date_index(client, showcase, language):
    assert_read_newest_first(plans_of_lists(client, url_in(showcase, language)))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_one_stage_lists_its_newest_from_the_stage_and_date_index(client, showcase, language):
    assert_read_newest_first(plans_of_lists(client, url_in(showcase, language) + "?stage=pilot"))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_related_innovations_are_read_newest_first(client, showcase, language):
    innovation = showcase.get_children().first().specific
    assert_read_newest_first(plans_of_lists(client, url_in(innovation, language)))
