"""The page columns routing filters on carry an index, made by setup_database on every database."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from home.models import StandardPage
from pagetree.indexes import MENU_DEPTH, RETIRED, ensure_routing_indexes, wanted_indexes
from tests.factories import translated_page
from tests.helpers import queries_of, url_in

pytestmark = pytest.mark.django_db


def indexed_columns():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    return {tuple(info["columns"]) for info in constraints.values() if info["index"]}


def index_definition(name):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        else:
            cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = %s", [name])
        row = cursor.fetchone()
    return row[0] if row else None


def alter_in_test_transaction(cursor):
    if connection.vendor == "postgresql":
        # The test's transaction holds deferred foreign-key checks, and PostgreSQL alters
        # no table with checks pending (setup_database itself runs outside a transaction).
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def test_menu_depth_and_every_translated_slug_column_have_an_index():
    expected = {("depth",), ("slug_ar",), ("slug_en",)}
    assert {columns for columns, _condition in wanted_indexes().values()} == expected
    assert expected <= indexed_columns()


def test_the_depth_index_holds_only_pages_shown_in_menus():
    # However many pages sit under the home page, the tree's menu arm reads the menu's few.
    definition = index_definition(MENU_DEPTH)
    assert "WHERE" in definition.upper() and "show_in_menus" in definition


def test_setup_database_makes_a_missing_index_again_and_leaves_existing_ones():
    name = next(name for name, (columns, _condition) in wanted_indexes().items() if columns == ("slug_en",))
    with connection.cursor() as cursor:
        alter_in_test_transaction(cursor)
        cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    assert ("slug_en",) not in indexed_columns()
    call_command("setup_database", verbosity=0)
    assert ("slug_en",) in indexed_columns()
    assert ensure_routing_indexes() == []


def test_setup_database_drops_the_index_of_every_page_s_depth_an_earlier_release_made():
    (retired,) = RETIRED
    with connection.cursor() as cursor:
        alter_in_test_transaction(cursor)
        cursor.execute(f'CREATE INDEX {connection.ops.quote_name(retired)} ON "wagtailcore_page" ("depth")')
    assert index_definition(retired)
    call_command("setup_database", verbosity=0)
    assert index_definition(retired) is None
    assert index_definition(MENU_DEPTH)


def tree_query_plan(client, url):
    """The plan of the page-tree query a request for `url` runs (serving.tree), with its
    parameters bound as the request bound them (SQLite picks a partial index by their
    values), and PostgreSQL told to avoid table scans wherever an index can serve."""
    executed = queries_of(client, url)
    ((sql, params),) = [(sql, params) for sql, params in executed if "serving_restricted" in sql]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return [str(row[-1]).strip() for row in cursor.fetchall()]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_arm_of_the_page_tree_query_is_read_from_an_index(client, home, language):
    # A table scan here costs every page view the whole page table (6–8 ms at 20,000 pages).
    section = translated_page(StandardPage, home, ("قسم", "Section"), ("قسم", "section"))
    page = translated_page(StandardPage, section, ("صفحة", "Page"), ("صفحة", "page"))
    plan = tree_query_plan(client, url_in(page, language))
    if connection.vendor == "postgresql":
        # Which index serves each arm is PostgreSQL's choice by the table's statistics (on a
        # test's few pages the path index often wins); that one can is the point.
        assert not [line for line in plan if "Seq Scan on wagtailcore_page " in line], plan
    else:
        # SQLite plans without statistics: each arm by its own index, the slug ones by slug.
        assert not [line for line in plan if line.startswith("SCAN wagtailcore_page")], plan
        for index in ("slug_ar_idx", "slug_en_idx"):
            assert any(index in line for line in plan), plan
