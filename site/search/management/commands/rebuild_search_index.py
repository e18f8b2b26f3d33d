from django.core.management.base import BaseCommand

from search.index import is_stale, rebuild_index


class Command(BaseCommand):
    help = (
        "Rewrite the site search index from every live page, in each language it is written in. "
        "Publishing keeps the index current; run this after importing pages without publishing "
        "them, or after changing how text is normalised. With --if-stale (the Procfile's release "
        "step) it only rebuilds when the index was written by older code or misses a live page."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Rebuild only when an entry is older than the code or a live page has no entry.",
        )

    def handle(self, *args, if_stale=False, **options):
        if if_stale and not is_stale():
            self.stdout.write("Search index is current.")
            return
        count = rebuild_index()
        self.stdout.write(f"Search index rebuilt: {count} entries.")
