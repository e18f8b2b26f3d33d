# The translation stamp moved to the translations app (its 0001 takes the model over in
# Django's state). The table is not dropped: it is the same table, now that app's.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0005_search_seed_and_index'),
        ('translations', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='TranslationStamp')],
            database_operations=[],
        ),
    ]
