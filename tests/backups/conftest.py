"""One backup-and-restore round trip, shared by the tests that inspect it (it takes minutes:
a demo site is built, rendered, backed up, restored elsewhere and rendered again)."""

import json
import tarfile
from types import SimpleNamespace

import pytest

from tests.backups.throwaway import POSTGRES, ThrowawaySite

# On PostgreSQL the backup runs with this password in DATABASE_URL when the server trusts
# loopback connections (it is never checked then); it must appear in no output.
MARKER_PASSWORD = "marker-password-never-logged-5b1e"  # noqa: S105


@pytest.fixture(scope="session")
def round_trip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round-trip")
    source = ThrowawaySite(folder / "source", "source")
    target = ThrowawaySite(folder / "restore", "restore")
    try:
        source.sitetool("build")
        before = source.snapshot(folder / "before.json")
        secret = source.password or MARKER_PASSWORD
        backup_env = dict(source.env, DATABASE_URL=source.url(secret)) if POSTGRES else source.env
        backup = source.backup(folder / "archives", env=backup_env)
        (archive,) = (folder / "archives").iterdir()
        restore = target.restore(archive)
        after = target.snapshot(folder / "after.json")
        with tarfile.open(archive) as tar:
            manifest = json.load(tar.extractfile("manifest.json"))
        yield SimpleNamespace(
            folder=folder,
            source=source,
            target=target,
            archive=archive,
            manifest=manifest,
            before=before,
            after=after,
            secret=secret if POSTGRES else None,
            output=backup.stdout + backup.stderr + restore.stdout + restore.stderr,
        )
    finally:
        source.drop()
        target.drop()
