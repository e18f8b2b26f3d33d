"""The commands' guards, run in-process against the test site (nothing here restores onto it)."""

import io

import pytest
from django.core.exceptions import SuspiciousFileOperation
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page

from backups.archive import FORMAT, write_archive
from backups.uploads import check_name


def test_restore_refuses_a_database_that_holds_a_site(tmp_path):
    call_command("backup_site", output=str(tmp_path), stdout=io.StringIO())
    (archive,) = tmp_path.iterdir()
    refusal = r"Refusing to restore: the database already has \d+ tables.*--force"
    with pytest.raises(CommandError, match=refusal):
        call_command("restore_site", str(archive), stdout=io.StringIO())
    assert Page.objects.filter(depth=2).exists()


def test_an_archive_of_the_other_database_engine_is_refused_even_with_force(tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    path = tmp_path / "other.tar"
    with write_archive(path) as writer:
        database = {"engine": other, "member": "database/site", "size": 0, "sha256": ""}
        writer.add_manifest({"format": FORMAT, "created_at": "", "database": database, "files": []})
    with pytest.raises(CommandError, match="restore it onto the same kind of database"):
        call_command("restore_site", str(path), force=True, stdout=io.StringIO())


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    path = tmp_path / "holiday.tar"
    path.write_bytes(b"not a tar file at all")
    with pytest.raises(CommandError, match="is not a readable site backup"):
        call_command("restore_site", str(path), stdout=io.StringIO())


def test_backup_never_overwrites_an_archive(tmp_path):
    path = tmp_path / "site.tar"
    path.write_bytes(b"an older backup")
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup_site", output=str(path), stdout=io.StringIO())
    assert path.read_bytes() == b"an older backup"


@pytest.mark.parametrize("name", ["../settings.py", "/etc/passwd", "images/../../x", "a//b", "a\\..\\b", ""])
def test_upload_names_from_an_archive_cannot_leave_the_storage(name):
    with pytest.raises(SuspiciousFileOperation):
        check_name(name)
    assert check_name("original_images/camp-logo.png") == "original_images/camp-logo.png"
