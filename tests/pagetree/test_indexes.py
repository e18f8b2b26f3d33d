"""The page columns routing filters on carry an index, made by setup_database on every database."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from pagetree.indexes import MENU_DEPTH, RETIRED, ensure_routing_indexes, wanted_indexes

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
    assert {column for column, _condition in wanted_indexes().values()} == {"depth", "slug_ar", "slug_en"}
    assert {("depth",), ("slug_ar",), ("slug_en",)} <= indexed_columns()


def test_the_depth_index_holds_only_pages_shown_in_menus():
    # However many pages sit under the home page, the tree's menu arm reads the menu's few.
    assert "WHERE" in index_definition(MENU_DEPTH).upper()
    assert "show_in_menus" in index_definition(MENU_DEPTH)


def test_setup_database_makes_a_missing_index_again_and_leaves_existing_ones():
    name = next(name for name, (column, _condition) in wanted_indexes().items() if column == "slug_en")
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
