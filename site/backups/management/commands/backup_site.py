import datetime
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from backups import database, manifest, uploads
from backups.archive import MEDIA_PREFIX, ArchiveError, write_archive


def archive_path(output, created_at):
    """A directory gets a time-stamped name inside it; anything ending in .tar is the name."""
    output = Path(output)
    if output.suffix == ".tar":
        output.parent.mkdir(parents=True, exist_ok=True)
        return output
    output.mkdir(parents=True, exist_ok=True)
    return output / f"ihc-backup-{created_at:%Y%m%dT%H%M%SZ}.tar"


class Command(BaseCommand):
    help = (
        "Write one archive (mode 600) holding the database, every uploaded file and a JSON "
        "manifest with sizes and sha256 sums. Restore it with restore_site (bin/restore)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="directory for a time-stamped archive, or a file name ending in .tar "
            "(default: backups/ in the project folder)",
        )

    def handle(self, *args, **options):
        created_at = timezone.now().astimezone(datetime.UTC)
        path = archive_path(options["output"], created_at)
        try:
            with tempfile.TemporaryDirectory(prefix="ihc-backup-") as workdir:
                dump = Path(workdir) / "site.dump"
                database.dump(dump)
                with write_archive(path) as writer, dump.open("rb") as dump_file:
                    database_entry = writer.add(database.dump_member_name(), dump_file, dump.stat().st_size)
                    files = []
                    for name in uploads.list_files():
                        with default_storage.open(name, "rb") as upload:
                            entry = writer.add(MEDIA_PREFIX + name, upload, default_storage.size(name))
                        files.append({"name": name, **entry})
                    writer.add_manifest(manifest.build(created_at, database_entry, files))
        except (ArchiveError, database.DatabaseError, OSError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        total = database_entry["size"] + sum(entry["size"] for entry in files)
        self.stdout.write(
            f"Backup written to {path}: the {database.engine()} database and {len(files)} "
            f"uploaded files, {total / 1e6:.1f} MB."
        )
