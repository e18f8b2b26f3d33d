"""The search models moved from core to the search app without touching their tables, so a
site with data upgrades in place: the tables, their rows and their indexes stay as they were,
and the editors keep their permissions on synonyms and picks."""

import json
import sys
from pathlib import Path

import pytest
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import SeparateDatabaseAndState

from search.models import SearchEntry, SearchKey, SearchMiss, SearchPick, SearchSynonyms
from tests.backups.throwaway import ThrowawaySite, run

MOVE = [("search", "0001_initial"), ("core", "0008_search_moved")]
ACROSS_THE_MOVE = Path(__file__).with_name("across_the_move.py")
TABLES = ["core_searchentry", "core_searchkey", "core_searchsynonyms", "core_searchmiss", "core_searchpick"]
KEPT_BY_EDITORS = {
    f"search.{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in ("searchpick", "searchsynonyms")
}


def test_the_models_keep_the_tables_core_created():
    models = [SearchEntry, SearchKey, SearchSynonyms, SearchMiss, SearchPick]
    assert [model._meta.app_label for model in models] == ["search"] * 5
    assert [model._meta.db_table for model in models] == TABLES


@pytest.mark.parametrize(("app", "migration"), MOVE)
def test_the_move_changes_state_only(app, migration):
    """Read from the migration files (no database: sqlmigrate cannot run inside a test's
    transaction on SQLite). Every operation must leave the database alone, either way."""
    operations = MigrationLoader(None, ignore_no_migrations=True).get_migration(app, migration).operations
    assert operations
    for operation in operations:
        assert isinstance(operation, SeparateDatabaseAndState)
        assert operation.database_operations == []


@pytest.fixture(scope="module")
def upgrade(tmp_path_factory):
    """A database of the test run's kind, filled as the code before the move left it, then
    migrated across the move and to the end (across_the_move.py, in a process of its own)."""
    site = ThrowawaySite(tmp_path_factory.mktemp("search-move"), "searchmove")
    try:
        yield json.loads(run([sys.executable, ACROSS_THE_MOVE], site.env).stdout)
    finally:
        site.drop()


def test_an_existing_database_keeps_every_search_row_and_index(upgrade):
    assert sorted(upgrade["before"]) == sorted(TABLES)
    assert all(table["rows"] for table in upgrade["before"].values())
    assert upgrade["after"] == upgrade["before"]


def test_the_content_types_and_the_editors_permissions_follow_the_models(upgrade):
    assert {app_label for app_label, _model in upgrade["content_types"]} == {"search"}
    assert set(upgrade["editors"]) == KEPT_BY_EDITORS
    assert set(upgrade["moderators"]) == KEPT_BY_EDITORS


def test_later_migrations_give_the_keys_what_the_ranking_reads(upgrade):
    # search/0003: each key carries its entry's page and title length, read through one
    # covering index; the entries lose the sorting title nothing reads any more.
    (entry,) = upgrade["latest"]["core_searchentry"]["rows"]
    (key,) = upgrade["latest"]["core_searchkey"]["rows"]
    assert key["page_id"] == entry["page_id"] and key["title_length"] == entry["title_length"]
    assert {
        name: value for name, value in key.items() if name in upgrade["after"]["core_searchkey"]["rows"][0]
    } == (upgrade["after"]["core_searchkey"]["rows"][0])
    assert "sort_title" not in entry
    assert "core_searchkey_ranking" in upgrade["latest"]["core_searchkey"]["indexes"]
