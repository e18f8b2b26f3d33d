"""Seed the synonyms with the transliterations of the site's names and places, so a fresh
site finds Hajj for Haj and Jeddah for Jiddah before an editor has touched anything; let
editors keep synonyms and picks; on PostgreSQL, index search keys by code point.

After this migration, run `manage.py rebuild_search_index` once: existing entries have no
`SearchKey` rows yet, and the search finds entries through them.
"""

from django.db import migrations

# A copy, not an import: a migration must keep meaning what it meant when it was written.
SEED = {
    "en": "Hajj, Haj, Hadj\nUmrah, Umra, Omra\nMina, Mena, Muna\nJeddah, Jiddah, Jedda, Jidda\n"
    "Awqaf, Awkaf, Auqaf\nManafe, Manafea, Manafi",
    "ar": "عمرة، اعتمار\nمخيم، معسكر",
}


def seed(apps, schema_editor):
    SearchSynonyms = apps.get_model("core", "SearchSynonyms")
    for language, groups in SEED.items():
        SearchSynonyms.objects.get_or_create(language=language, defaults={"groups": groups})


def let_editors_manage(apps, schema_editor):
    # Permissions are otherwise only made after migrating, too late for the groups.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for model, label in (("searchsynonyms", "search synonyms"), ("searchpick", "editor's pick")):
        content_type, _created = ContentType.objects.get_or_create(app_label="core", model=model)
        for action in ("add", "change", "delete", "view"):
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {label}"}
            )
            for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
                group.permissions.add(permission)


def code_point_index(apps, schema_editor):
    # core.search.query compares keys with COLLATE "C" on PostgreSQL (prefix ranges by code
    # point, as on SQLite); this index serves those comparisons whatever the database's locale.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'CREATE INDEX core_searchkey_language_key_c ON core_searchkey (language, key COLLATE "C")'
        )


def drop_code_point_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS core_searchkey_language_key_c")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_search_synonyms_keys_misses_picks"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(let_editors_manage, migrations.RunPython.noop),
        migrations.RunPython(code_point_index, drop_code_point_index),
    ]
