"""The page columns routing filters on carry an index, made by setup_database on every database."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from pagetree.indexes import ensure_routing_indexes, wanted_indexes

pytestmark = pytest.mark.django_db


def indexed_columns():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    return {tuple(info["columns"]) for info in constraints.values() if info["index"]}


def test_depth_and_every_translated_slug_column_have_an_index():
    assert set(wanted_indexes().values()) == {"depth", "slug_ar", "slug_en"}
    assert {("depth",), ("slug_ar",), ("slug_en",)} <= indexed_columns()


def test_setup_database_makes_a_missing_index_again_and_leaves_existing_ones():
    name = next(name for name, column in wanted_indexes().items() if column == "slug_en")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test's transaction holds deferred foreign-key checks, and PostgreSQL alters
            # no table with checks pending (setup_database itself runs outside a transaction).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    assert ("slug_en",) not in indexed_columns()
    call_command("setup_database", verbosity=0)
    assert ("slug_en",) in indexed_columns()
    assert ensure_routing_indexes() == []
