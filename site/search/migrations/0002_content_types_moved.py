# The moved models' content types follow them from core to search, so the permissions tied to
# them follow too: editors and moderators keep managing synonyms and picks (core's 0005 gave
# them those permissions), and admin history keeps pointing at the right model. Rows only; no
# table changes. A content type already made for the search app is left alone (then core's
# stays, stale, as Django leaves any model's that is gone).

from django.db import migrations

MODELS = ['searchentry', 'searchkey', 'searchsynonyms', 'searchmiss', 'searchpick']


def relabel(old, new):
    def move(apps, schema_editor):
        ContentType = apps.get_model('contenttypes', 'ContentType')
        taken = set(ContentType.objects.filter(app_label=new, model__in=MODELS).values_list('model', flat=True))
        ContentType.objects.filter(app_label=old, model__in=set(MODELS) - taken).update(app_label=new)

    return move


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0001_initial'),
        ('core', '0008_search_moved'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(relabel('core', 'search'), relabel('search', 'core')),
    ]
