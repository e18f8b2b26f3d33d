# The ranking reads key rows alone (search.ranking): each key gets its entry's page and title
# length, filled here from the entries, and one covering index serves the whole ranking query
# (an index-only scan on PostgreSQL, a covering index on SQLite). The title used to break ties
# goes: ties are now broken by the newest page, which the key rows carry.

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion

COVERING_COLUMNS = "entry_id, page_id, title_length, title_count, body_count"


def fill_keys(apps, schema_editor):
    schema_editor.execute(
        "UPDATE core_searchkey SET "
        "page_id = (SELECT page_id FROM core_searchentry WHERE core_searchentry.id = core_searchkey.entry_id), "
        "title_length = (SELECT title_length FROM core_searchentry WHERE core_searchentry.id = core_searchkey.entry_id)"
    )


def covering_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # Keys compared by code point (COLLATE "C"), as on SQLite, whatever the database's locale;
        # it replaces core's code-point index (core/0005), which it starts with.
        schema_editor.execute("DROP INDEX IF EXISTS core_searchkey_language_key_c")
        schema_editor.execute(
            'CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key COLLATE "C") '
            f"INCLUDE ({COVERING_COLUMNS})"
        )
    else:
        schema_editor.execute(f"CREATE INDEX core_searchkey_ranking ON core_searchkey (language, key, {COVERING_COLUMNS})")


def drop_covering_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS core_searchkey_ranking")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('CREATE INDEX core_searchkey_language_key_c ON core_searchkey (language, key COLLATE "C")')


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_content_types_moved"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="searchkey",
            name="page",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                default=0,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
                verbose_name="page",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="searchkey",
            name="title_length",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="words in the title"),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.RunPython(covering_index, drop_covering_index),
        migrations.RemoveField(model_name="searchentry", name="sort_title"),
    ]
