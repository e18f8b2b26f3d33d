# The translation stamp moved here from the core app. Its table stays where core created it
# (core_translationstamp, see Meta.db_table): this migration only tells Django's state that the
# model now belongs to this app, so an existing database keeps every row.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('core', '0002_translation_stamp'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TranslationStamp',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('ar_digest', models.CharField(blank=True, max_length=64)),
                        ('en_digest', models.CharField(blank=True, max_length=64)),
                        ('ar_changed_at', models.DateTimeField(blank=True, null=True)),
                        ('en_changed_at', models.DateTimeField(blank=True, null=True)),
                        ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='translation_stamp', to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={
                        'verbose_name': 'translation stamp',
                        'db_table': 'core_translationstamp',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
