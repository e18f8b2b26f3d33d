"""The translation stamp moved from core to the translations app without touching its table,
so a database migrated before the move keeps every stamp (both migrations change Django's
state only)."""

import pytest
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import SeparateDatabaseAndState

from translations.models import TranslationStamp

MOVE = [("translations", "0001_initial"), ("core", "0006_translation_stamp_moved")]


def test_the_stamp_keeps_the_table_core_created():
    assert TranslationStamp._meta.db_table == "core_translationstamp"


@pytest.mark.parametrize(("app", "migration"), MOVE)
def test_the_move_changes_state_only(app, migration):
    """Read from the migration files (no database: sqlmigrate cannot run inside a test's
    transaction on SQLite). Every operation must leave the database alone, either way."""
    operations = MigrationLoader(None, ignore_no_migrations=True).get_migration(app, migration).operations
    assert operations
    for operation in operations:
        assert isinstance(operation, SeparateDatabaseAndState)
        assert operation.database_operations == []
