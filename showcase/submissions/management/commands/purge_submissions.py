"""Erase the contact details of submissions decided more than SUBMISSION_RETENTION_DAYS ago.

Meant for a daily scheduler (cron, a platform's scheduled job): `manage.py purge_submissions`.
The innovation pages stay as the moderators left them; only the contact details go.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from showcase.submissions.admin_views import erase_contact
from showcase.submissions.models import Submission


class Command(BaseCommand):
    help = "Erase submitters' contact details a set number of days after the decision."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override SUBMISSION_RETENTION_DAYS.")

    def handle(self, *args, days=None, **options):
        days = settings.SUBMISSION_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        count = erase_contact(Submission.objects.filter(decided_at__lt=cutoff))
        self.stdout.write(
            f"Erased the contact details of {count} submission(s) decided before {cutoff:%Y-%m-%d}."
        )
