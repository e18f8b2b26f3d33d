"""The archive: a tar file holding the database dump, the uploads and a JSON manifest.

Layout (uncompressed tar: the dump and the images are compressed already):

    database/site.pgdump   or database/site.sqlite3
    media/<storage name>   one member per uploaded file, under its storage name
    manifest.json          written last, once every size and sha256 is known

The archive is written under a temporary name with mode 600 and renamed only when complete, so a
half-written backup never looks like a finished one.
"""

import hashlib
import io
import json
import os
import tarfile
import time
from contextlib import contextmanager
from pathlib import Path

FORMAT = "ihc-site-backup/1"
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The archive is missing, unreadable, incomplete or corrupt."""


class HashingReader:
    """Wraps a binary file: counts and hashes what tarfile reads through it."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.fileobj.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def sha256_of(fileobj):
    digest = hashlib.sha256()
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


class ArchiveWriter:
    def __init__(self, tar):
        self.tar = tar

    def add(self, name, fileobj, size):
        """Add one member read from `fileobj`; return its size and sha256 for the manifest."""
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        info.mtime = int(time.time())
        reader = HashingReader(fileobj)
        self.tar.addfile(info, reader)
        return {"size": reader.size, "sha256": reader.sha256.hexdigest()}

    def add_manifest(self, manifest):
        data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
        self.add(MANIFEST, io.BytesIO(data), len(data))


@contextmanager
def write_archive(path):
    """Yield an ArchiveWriter for a new archive at `path` (mode 600; never overwrites)."""
    path = Path(path)
    if path.exists():
        raise ArchiveError(f"{path} already exists; choose another name.")
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.fchmod(fd, 0o600)  # whatever the umask: the archive holds every account's data
    try:
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                yield ArchiveWriter(tar)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class ArchiveReader:
    """Reads and verifies an archive before anything is restored from it."""

    def __init__(self, path):
        self.path = Path(path)
        try:
            self.tar = tarfile.open(self.path, mode="r:")  # noqa: SIM115 (closed by close())
            self.manifest = json.load(self.tar.extractfile(MANIFEST))
        except (OSError, tarfile.TarError, KeyError, ValueError) as error:
            raise ArchiveError(f"{self.path} is not a readable site backup ({error}).") from error
        if self.manifest.get("format") != FORMAT:
            raise ArchiveError(f"{self.path} is not a site backup of format {FORMAT}.")

    def close(self):
        self.tar.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def open_member(self, name):
        try:
            member = self.tar.getmember(name)
        except KeyError as error:
            raise ArchiveError(f"The archive lacks {name}.") from error
        return member, self.tar.extractfile(member)

    def expected(self):
        """(member name, size, sha256) of everything the manifest promises."""
        database = self.manifest["database"]
        yield database["member"], database["size"], database["sha256"]
        for entry in self.manifest["files"]:
            yield MEDIA_PREFIX + entry["name"], entry["size"], entry["sha256"]

    def verify(self):
        """Check every member against the manifest's size and sha256; raise on the first fault."""
        for name, size, digest in self.expected():
            member, fileobj = self.open_member(name)
            if member.size != size or sha256_of(fileobj) != digest:
                raise ArchiveError(f"{name} in the archive does not match its manifest entry (corrupt?).")
