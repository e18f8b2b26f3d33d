# The site search's models moved here from the core app. Their tables stay where core created
# them (core_searchentry, core_searchkey, core_searchsynonyms, core_searchmiss, core_searchpick;
# see each Meta.db_table), with their indexes and constraints under the names core gave them:
# this migration only tells Django's state that the models now belong to this app, so an
# existing database keeps every row. core's 0008 gives them up the same way.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The last core migration that shapes these models (0006 added the ranking columns).
        ('core', '0007_merge_search_columns_and_stamp_move'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SearchSynonyms',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(choices=[('ar', 'Arabic'), ('en', 'English')], max_length=10, unique=True, verbose_name='language')),
                        ('groups', models.TextField(blank=True, help_text='One group per line: single words that mean the same, separated by commas. A search for any of them finds pages with the others too.', verbose_name='groups of synonyms')),
                    ],
                    options={
                        'verbose_name': 'search synonyms',
                        'verbose_name_plural': 'search synonyms',
                        'db_table': 'core_searchsynonyms',
                    },
                ),
                migrations.CreateModel(
                    name='SearchEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=10, verbose_name='language')),
                        ('title', models.TextField(verbose_name='title')),
                        ('title_length', models.PositiveSmallIntegerField(default=0, verbose_name='words in the title')),
                        ('sort_title', models.TextField(default='', verbose_name='title for sorting')),
                        ('index_format', models.PositiveSmallIntegerField(default=0, verbose_name='index format')),
                        ('title_terms', models.TextField(verbose_name='title keys')),
                        ('body_terms', models.TextField(verbose_name='text keys')),
                        ('text', models.TextField(help_text="The page's text without markup, for excerpts.", verbose_name='plain text')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='indexed at')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                    ],
                    options={
                        'verbose_name': 'search entry',
                        'verbose_name_plural': 'search entries',
                        'db_table': 'core_searchentry',
                        'indexes': [models.Index(fields=['language', 'page'], name='core_searchentry_language')],
                        'constraints': [models.UniqueConstraint(fields=('page', 'language'), name='core_searchentry_page_language')],
                    },
                ),
                migrations.CreateModel(
                    name='SearchKey',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=10, verbose_name='language')),
                        ('key', models.CharField(max_length=101, verbose_name='key')),
                        ('title_count', models.PositiveSmallIntegerField(default=0, verbose_name='in the title')),
                        ('body_count', models.PositiveSmallIntegerField(default=0, verbose_name='in the text')),
                        ('entry', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='search.searchentry', verbose_name='search entry')),
                    ],
                    options={
                        'verbose_name': 'search key',
                        'verbose_name_plural': 'search keys',
                        'db_table': 'core_searchkey',
                        'indexes': [models.Index(fields=['language', 'key'], name='core_searchkey_language_key')],
                    },
                ),
                migrations.CreateModel(
                    name='SearchMiss',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('day', models.DateField(verbose_name='day')),
                        ('language', models.CharField(max_length=10, verbose_name='language')),
                        ('query', models.CharField(max_length=200, verbose_name='query')),
                        ('count', models.PositiveIntegerField(default=0, verbose_name='searches')),
                    ],
                    options={
                        'verbose_name': 'search without results',
                        'verbose_name_plural': 'searches without results',
                        'db_table': 'core_searchmiss',
                        'constraints': [models.UniqueConstraint(fields=('day', 'language', 'query'), name='core_searchmiss_day_query')],
                    },
                ),
                migrations.CreateModel(
                    name='SearchPick',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(choices=[('ar', 'Arabic'), ('en', 'English')], max_length=10, verbose_name='language')),
                        ('query', models.CharField(help_text='The words a reader searches for.', max_length=200, verbose_name='query')),
                        ('query_keys', models.CharField(db_index=True, editable=False, max_length=400, verbose_name='query keys')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, help_text='Lower comes first.', verbose_name='order')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                    ],
                    options={
                        'verbose_name': "editor's pick",
                        'verbose_name_plural': "editors' picks",
                        'db_table': 'core_searchpick',
                        'ordering': ['language', 'query_keys', 'sort_order', 'pk'],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
