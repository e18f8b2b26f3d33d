# The ranking index also holds each key's rows in the order of results for a one-word search
# (search.ranking._strongest_first): rows holding the word in the title first, then those
# repeating it most in the text (counted up to 5, search.query.MAX_REPEAT_BONUS), the
# shorter title, the newest page. A common word's first page of results is then the first
# rows of one index range, whatever the number of pages holding it. The index still starts
# with (language, key) and holds every column the ranking reads, so it serves the general
# ranking as the index it replaces did (search/migrations/0003).

from django.db import migrations

POSTGRESQL = (
    'CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key COLLATE "C", '
    "(title_count > 0) DESC, LEAST(body_count, 5) DESC, title_length, page_id DESC) "
    "INCLUDE (entry_id, title_count, body_count)"
)
SQLITE = (
    "CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key, "
    "title_count > 0 DESC, MIN(body_count, 5) DESC, title_length, page_id DESC, entry_id, title_count, body_count)"
)
# What 0003 made, for going back.
COVERING_COLUMNS = "entry_id, page_id, title_length, title_count, body_count"
POSTGRESQL_BEFORE = f'CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key COLLATE "C") INCLUDE ({COVERING_COLUMNS})'
SQLITE_BEFORE = f"CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key, {COVERING_COLUMNS})"


def replace_index(postgresql, sqlite):
    def operation(apps, schema_editor):
        schema_editor.execute("DROP INDEX IF EXISTS core_searchkey_ranking")
        schema_editor.execute(postgresql if schema_editor.connection.vendor == "postgresql" else sqlite)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0003_ranking_reads_keys_alone")]

    operations = [
        migrations.RunPython(
            replace_index(POSTGRESQL, SQLITE), replace_index(POSTGRESQL_BEFORE, SQLITE_BEFORE)
        ),
    ]
