import os

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.build import DemoBuilder, ensure_admin


class Command(BaseCommand):
    help = (
        "Build the bilingual demo site from the seed's facts (idempotent). Set "
        "DEMO_ADMIN_USERNAME and DEMO_ADMIN_PASSWORD to also create an admin account."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            DemoBuilder(log=self.stdout.write).build()
        username = os.environ.get("DEMO_ADMIN_USERNAME", "")
        if ensure_admin(
            username, os.environ.get("DEMO_ADMIN_PASSWORD", ""), os.environ.get("DEMO_ADMIN_EMAIL", "")
        ):
            self.stdout.write(f"Admin account “{username}” created.")
