from django.core.management.base import BaseCommand

from uploads.renditions import prepare_live_pages


class Command(BaseCommand):
    help = "Make the image renditions (AVIF, WebP, JPEG/PNG) of every live page ahead of its readers."

    def handle(self, *args, **options):
        count = prepare_live_pages()
        self.stdout.write(f"Renditions ready for {count} page images.")
