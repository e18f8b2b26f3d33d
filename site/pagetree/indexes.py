"""Indexes on Wagtail's page table that routing needs and neither Wagtail nor
wagtail-modeltranslation makes.

- `slug_ar`, `slug_en`…: the library adds these columns after the migrations have run,
  without the index Wagtail gives `slug`; routing and slug checks look pages up by them
  (pagetree.slugs, serving.tree).
- `depth` of the pages shown in menus (a partial index): the request's page tree
  (serving.tree) asks for the site root's children shown in menus; without an index that
  arm of its query made PostgreSQL read the whole table, and an index of every page's depth
  held every page under the home page, however few the menu lists. Partial rather than on
  `(show_in_menus, depth)`: SQLite's statistics then count only the menu's pages, where
  those of a two-column index (two values of `show_in_menus`) made it expect half the table
  and scan it, and the slug arms cannot take it for a lookup by depth.

Without them, at 20,000 pages every uncached page view paid a sequential scan of ~6–8 ms for
its routing query; with them, 0.1 ms. The translated columns are in no migration, so neither
can their index be: `setup_database` makes them all, after migrating.
"""

from django.db import connection
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

TRANSLATED_FIELDS = ("slug",)
MENU_DEPTH = "wagtailcore_page_in_menu_depth_idx"
# Made by earlier releases and replaced: an index of every page's depth.
RETIRED = ("wagtailcore_page_depth_idx",)


def wanted_indexes():
    """{index name: ((column, …), condition or "")} for every page column routing filters on."""
    table = Page._meta.db_table
    columns = [
        build_localized_fieldname(field, code) for field in TRANSLATED_FIELDS for code in AVAILABLE_LANGUAGES
    ]
    return {
        MENU_DEPTH: (("depth",), _in_menus()),
        **{f"{table}_{column}_idx": ((column,), "") for column in columns},
    }


def _in_menus():
    # SQLite uses a partial index only when the query's condition, its parameter bound, is
    # the index's own: the ORM's `show_in_menus = %s` with True reads `show_in_menus = 1`
    # there. PostgreSQL reads `show_in_menus` and `= true` alike.
    column = connection.ops.quote_name("show_in_menus")
    return column if connection.vendor == "postgresql" else f"{column} = 1"


def ensure_routing_indexes():
    """Create the missing indexes (an existing one is left alone) and drop the retired ones.
    Returns the names created."""
    table = Page._meta.db_table
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        existing = set(connection.introspection.get_constraints(cursor, table))
        made = []
        for name, (columns, condition) in wanted_indexes().items():
            if name not in existing:
                listed = ", ".join(quote(column) for column in columns)
                where = f" WHERE {condition}" if condition else ""
                cursor.execute(f"CREATE INDEX {quote(name)} ON {quote(table)} ({listed}){where}")
                made.append(name)
        for name in RETIRED:
            if name in existing:
                cursor.execute(f"DROP INDEX {quote(name)}")
    return made
