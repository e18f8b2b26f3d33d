from django.core.management.base import BaseCommand

from core.search.index import rebuild_index


class Command(BaseCommand):
    help = (
        "Rewrite the site search index from every live page, in each language it is written in. "
        "Publishing keeps the index current; run this after importing pages without publishing "
        "them, or after changing how text is normalised."
    )

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"Search index rebuilt: {count} entries.")
