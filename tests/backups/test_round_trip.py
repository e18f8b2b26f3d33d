"""bin/backup then bin/restore onto an empty database and empty media folder brings back the
same site: pages in both languages, revisions, users, every table row, every upload."""

import hashlib
import json
import shutil
import stat
import tarfile

from tests.backups.throwaway import ThrowawaySite


def test_the_archive_is_private_and_its_manifest_lists_every_upload(round_trip, settings):
    assert stat.S_IMODE(round_trip.archive.stat().st_mode) == 0o600
    manifest = round_trip.manifest
    uploads = round_trip.source.media_files()
    assert len(uploads) > 50  # the demo's originals, renditions and documents
    assert {entry["name"]: (entry["size"], entry["sha256"]) for entry in manifest["files"]} == {
        name: (len(data), hashlib.sha256(data).hexdigest()) for name, data in uploads.items()
    }
    assert manifest["database"]["engine"] == ("postgresql" if round_trip.secret else "sqlite")
    assert manifest["created_at"].endswith("+00:00")
    assert {"python", "django", "wagtail", "migrations"} <= set(manifest["versions"])
    with tarfile.open(round_trip.archive) as tar:
        names = tar.getnames()
        dump = tar.extractfile(manifest["database"]["member"]).read()
    assert names[-1] == "manifest.json"
    assert hashlib.sha256(dump).hexdigest() == manifest["database"]["sha256"]
    # No credentials anywhere: not in the manifest, not in what the commands printed.
    text = json.dumps(manifest) + round_trip.output
    assert settings.SECRET_KEY not in text
    if round_trip.secret:
        assert round_trip.secret not in text
        assert round_trip.secret.encode() not in round_trip.archive.read_bytes()


def test_every_page_renders_the_same_in_both_languages(round_trip):
    before, after = round_trip.before["pages"], round_trip.after["pages"]
    assert any(url.startswith("/ar/") for url in before) and any(url.startswith("/en/") for url in before)
    assert len(before) > 30
    assert all(page["status"] == 200 for page in before.values())
    assert after.keys() == before.keys()
    for url, page in before.items():
        assert after[url] == page, f"{url} renders differently after the restore"


def test_revisions_users_and_every_table_come_back(round_trip):
    before, after = round_trip.before, round_trip.after
    assert after["revisions"] == before["revisions"]
    drafts = [r for r in before["revisions"].values() if r["content"]["title_en"].endswith("(draft)")]
    assert len(drafts) == 1  # the unpublished draft came back as a revision of its own
    assert after["users"] == before["users"]
    assert set(before["users"]) == {"backup-admin", "backup-editor"}
    assert before["users"]["backup-editor"]["groups"] == ["Editors"]
    # Every row of every table (sessions, images, documents, settings, search index…),
    # including tables other apps add later: a database-level dump covers them.
    assert after["tables"] == before["tables"]


def test_uploads_come_back_byte_for_byte(round_trip):
    restored = round_trip.target.media_files()
    assert restored == round_trip.source.media_files()
    assert any(name.startswith("documents/") for name in restored)
    assert any(name.startswith("original_images/") for name in restored)


def test_restore_refuses_a_site_that_is_not_empty_unless_forced(round_trip):
    target = round_trip.target
    target.sitetool("mutate")
    refused = target.restore(round_trip.archive, check=False)
    assert refused.returncode != 0
    assert "Refusing to restore" in refused.stderr and "--force" in refused.stderr
    assert "stray/file.txt" in target.media_files()  # nothing was touched

    target.restore(round_trip.archive, "--force")
    target.sitetool("tables", round_trip.folder / "forced.json")
    tables = json.loads((round_trip.folder / "forced.json").read_text())["tables"]
    assert tables == round_trip.before["tables"]  # the intruder is gone with the rest
    assert target.media_files() == round_trip.source.media_files()


def test_a_corrupt_archive_is_refused_before_anything_is_restored(round_trip):
    corrupt = round_trip.folder / "corrupt.tar"
    shutil.copyfile(round_trip.archive, corrupt)
    with tarfile.open(corrupt) as tar:
        member = tar.getmember("media/" + round_trip.manifest["files"][-1]["name"])
    with corrupt.open("r+b") as archive:
        archive.seek(member.offset_data)
        first = archive.read(1)
        archive.seek(member.offset_data)
        archive.write(bytes([first[0] ^ 0xFF]))
    empty = ThrowawaySite(round_trip.folder / "empty", "restore")
    try:
        refused = empty.restore(corrupt, check=False)
        assert refused.returncode != 0
        assert "does not match its manifest" in refused.stderr
        assert empty.table_count() == 0
        assert empty.media_files() == {}
    finally:
        empty.drop()
