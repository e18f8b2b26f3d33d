import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from backups import database, manifest, uploads
from backups.archive import MEDIA_PREFIX, ArchiveError, ArchiveReader

ENGINE_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


class Command(BaseCommand):
    help = (
        "Bring back the site from an archive written by backup_site (bin/backup): the database "
        "and every uploaded file. Restores onto an empty database and empty storage only, "
        "unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar file that bin/backup wrote")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace whatever the database and the storage hold now (it is lost)",
        )

    def handle(self, *args, **options):
        try:
            with ArchiveReader(options["archive"]) as reader:
                self.check_target(reader.manifest, options["force"])
                self.stdout.write("Checking every file in the archive against its manifest…")
                reader.verify()
                self.restore_database(reader, options["force"])
                count = self.restore_uploads(reader, options["force"])
        except (ArchiveError, database.DatabaseError, OSError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        for alias in settings.CACHES:
            caches[alias].clear()  # pages and fragments cached from the replaced site are stale
        self.stdout.write(
            f"Restored the site of {reader.manifest['created_at']}: the database and {count} uploaded files."
        )
        if pending := manifest.pending_migrations():
            self.stdout.write(
                f"This code has {len(pending)} migrations the backup predates: run the release "
                "step (python manage.py setup_database)."
            )

    def check_target(self, archive_manifest, force):
        engine = archive_manifest["database"]["engine"]
        if engine != database.engine():
            raise CommandError(
                f"This archive holds a {ENGINE_NAMES.get(engine, engine)} database, but DATABASE_URL "
                f"points at {ENGINE_NAMES[database.engine()]}: restore it onto the same kind of database."
            )
        if force:
            return
        occupied = []
        if tables := database.table_names():
            occupied.append(f"the database already has {len(tables)} tables")
        if next(uploads.list_files(), None) is not None:
            occupied.append("the storage already holds uploaded files")
        if occupied:
            raise CommandError(
                "Refusing to restore: "
                + " and ".join(occupied)
                + ". Restore onto an empty database and empty storage, or pass --force to replace "
                "everything in them (what is there now is lost)."
            )

    def restore_database(self, reader, force):
        member, dump_file = reader.open_member(reader.manifest["database"]["member"])
        with tempfile.TemporaryDirectory(prefix="ihc-restore-") as workdir:
            dump = Path(workdir) / Path(member.name).name
            with dump.open("wb") as target:
                shutil.copyfileobj(dump_file, target)
            self.stdout.write("Restoring the database…")
            database.restore(dump, force=force)

    def restore_uploads(self, reader, force):
        if force:
            uploads.delete_all()
        files = reader.manifest["files"]
        self.stdout.write(f"Restoring {len(files)} uploaded files…")
        for entry in files:
            member, fileobj = reader.open_member(MEDIA_PREFIX + uploads.check_name(entry["name"]))
            upload = File(fileobj, name=Path(entry["name"]).name)
            upload.size = member.size  # File would otherwise measure the whole archive
            uploads.save(entry["name"], upload)
        return len(files)
