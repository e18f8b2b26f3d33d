"""The translation stamp moved from core to the translations app without touching its table,
so a database migrated before the move keeps every stamp (both migrations change Django's
state only)."""

from io import StringIO

import pytest
from django.core.management import call_command

from translations.models import TranslationStamp

MOVE = [("translations", "0001_initial"), ("core", "0006_translation_stamp_moved")]


def sql_of(app, migration, backwards=False):
    out = StringIO()
    call_command("sqlmigrate", app, migration, backwards=backwards, stdout=out)
    lines = [line.strip() for line in out.getvalue().splitlines()]
    return [
        line for line in lines if line and not line.startswith("--") and line not in {"BEGIN;", "COMMIT;"}
    ]


def test_the_stamp_keeps_the_table_core_created():
    assert TranslationStamp._meta.db_table == "core_translationstamp"


@pytest.mark.parametrize(("app", "migration"), MOVE)
@pytest.mark.parametrize("backwards", [False, True])
def test_the_move_runs_no_sql(app, migration, backwards):
    assert sql_of(app, migration, backwards) == []
