# The site search's models moved to the search app (its 0001 takes them over in Django's
# state). No table is dropped: they are the same tables, now that app's. SearchKey goes first
# because it points at SearchEntry.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0007_merge_search_columns_and_stamp_move'),
        ('search', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='SearchKey'),
                migrations.DeleteModel(name='SearchEntry'),
                migrations.DeleteModel(name='SearchSynonyms'),
                migrations.DeleteModel(name='SearchMiss'),
                migrations.DeleteModel(name='SearchPick'),
            ],
            database_operations=[],
        ),
    ]
