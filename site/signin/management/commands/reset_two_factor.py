from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from signin import devices


class Command(BaseCommand):
    help = (
        "Remove an editor's authenticator app and backup codes (a lost phone). Their next sign-in "
        "asks for the password, then enrols a new app."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No account named “{username}”.") from None
        devices.reset(user)
        self.stdout.write(f"Two-step sign-in reset for “{username}”: they enrol again at their next sign-in.")
