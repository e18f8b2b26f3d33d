"""The uploads half of a backup, read and written only through Django's default storage.

Going through the storage API (never the MEDIA_ROOT folder directly) means the same code backs
up a local folder and an S3 bucket, whichever storage the settings configure.
"""

import posixpath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage


def list_files(storage=None, top=""):
    """Every file name in the storage, depth first and sorted, so archives are reproducible."""
    storage = storage or default_storage
    try:
        directories, files = storage.listdir(top)
    except FileNotFoundError:
        # A local MEDIA_ROOT that does not exist yet simply holds no uploads.
        return
    for name in sorted(files):
        yield posixpath.join(top, name) if top else name
    for directory in sorted(directories):
        yield from list_files(storage, posixpath.join(top, directory) if top else directory)


def check_name(name):
    """Refuse names that could escape the storage's root (an archive is outside input)."""
    parts = name.split("/")
    if not name or name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts):
        raise SuspiciousFileOperation(f"Refusing the file name {name!r} from the archive.")
    return name


def delete_all(storage=None):
    storage = storage or default_storage
    names = list(list_files(storage))
    for name in names:
        storage.delete(name)
    return len(names)


def save(name, fileobj, storage=None):
    """Write one file under exactly its original name (a renamed file would break the links
    that the database holds)."""
    storage = storage or default_storage
    check_name(name)
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, fileobj)
    if saved != name:
        raise RuntimeError(f"The storage saved {name!r} as {saved!r}; the links would break.")
    return saved
