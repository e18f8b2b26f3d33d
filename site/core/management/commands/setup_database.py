from django.core.management import call_command
from django.core.management.base import BaseCommand

from pagetree.indexes import ensure_routing_indexes


class Command(BaseCommand):
    help = (
        "Bring a database up to this code: migrate (without questions), then fill the page "
        "translation columns and the per-language URL paths, and rebuild the search index if "
        "it was built from other text or another way of normalising it. Safe to run again; the "
        "Procfile's release step, bin/run, the tests and the throwaway servers all run this one "
        "command."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        # Without --noinput, migrate may ask a question and die on a closed stdin.
        call_command("migrate", interactive=False, verbosity=verbosity)
        # wagtail-modeltranslation adds the Page translation columns after every migration has
        # run, so they are empty on a fresh database: fill them from the default language, then
        # build each language's url_path, or page.url is None.
        call_command("update_translation_fields", verbosity=0)
        # ...and the page columns routing filters on get their indexes (pagetree.indexes).
        ensure_routing_indexes()
        call_command("set_translation_url_paths", verbosity=verbosity)
        # The public search has its own index (the `search` app): cheap when it is current.
        call_command("rebuild_search_index", "--if-stale", verbosity=verbosity)
