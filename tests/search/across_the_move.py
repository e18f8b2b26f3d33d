"""Upgrades a database across the move of the search models from core to the search app, in a
process of its own (test_moved_models.py runs it against a throwaway database named by
DATABASE_URL) and prints what the database held before and after, as JSON.

The database is first migrated only as far as the code before the move went (core's 0007),
and its search tables are filled through that migration state's models: a site with data as
it stood. Then it is migrated across the move (search's 0002), and then to the end, as the
release step would.

    DATABASE_URL=sqlite:////tmp/move.sqlite3 python tests/search/across_the_move.py
"""

import datetime
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402

BEFORE_THE_MOVE = [("core", "0007_merge_search_columns_and_stamp_move")]
AFTER_THE_MOVE = [("search", "0002_content_types_moved")]
MODELS = ["SearchEntry", "SearchKey", "SearchSynonyms", "SearchMiss", "SearchPick"]
TABLES = [f"core_{name.lower()}" for name in MODELS]


def fill(apps):
    """One row in each table, as the code before the move wrote them (synonyms: core's 0005 seed)."""
    model = lambda name: apps.get_model("core", name)  # noqa: E731
    page = apps.get_model("wagtailcore", "Page").objects.get(depth=2)  # Wagtail's welcome page
    entry = model("SearchEntry").objects.create(
        page=page,
        language="en",
        title="Hajj camp",
        title_terms="hajj camp",
        body_terms="hajj",
        text="Hajj",
        title_length=2,
    )
    model("SearchKey").objects.create(entry=entry, language="en", key="hajj", title_count=1, body_count=1)
    model("SearchMiss").objects.create(day=datetime.date(2026, 1, 1), language="ar", query="مخيم", count=3)
    model("SearchPick").objects.create(language="en", query="camp", query_keys="camp", page=page)


def contents():
    """Every row of the search tables, and the names of their indexes and constraints."""
    with connection.cursor() as cursor:
        present = set(connection.introspection.table_names(cursor))
        held = {}
        for table in TABLES:
            if table not in present:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY id")  # noqa: S608
            columns = [column[0] for column in cursor.description]
            rows = [dict(zip(columns, map(str, row), strict=True)) for row in cursor.fetchall()]
            indexes = sorted(connection.introspection.get_constraints(cursor, table))
            held[table] = {"rows": rows, "indexes": indexes}
    return held


def permissions(group):
    return sorted(
        f"{permission.content_type.app_label}.{permission.codename}"
        for permission in Group.objects.get(name=group).permissions.filter(codename__contains="search")
    )


def main():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_THE_MOVE)
    fill(executor.loader.project_state(BEFORE_THE_MOVE).apps)
    before = contents()
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER_THE_MOVE)
    after = contents()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    report = {
        "before": before,
        "after": after,
        "latest": contents(),
        "content_types": sorted(
            ContentType.objects.filter(model__in=[name.lower() for name in MODELS]).values_list(
                "app_label", "model"
            )
        ),
        "editors": permissions("Editors"),
        "moderators": permissions("Moderators"),
    }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
