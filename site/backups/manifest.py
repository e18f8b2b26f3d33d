"""What the manifest records besides the file list: when, which engine, which versions.

Deliberately absent: host names, user names, passwords, bucket credentials.
"""

import platform

import django
import wagtail
from django.core.files.storage import storages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from backups import archive, database


def latest_migrations():
    """The last applied migration of each app, to tell which code version the data fits."""
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, ""), name)
    return dict(sorted(latest.items()))


def pending_migrations():
    """Migrations this code has that the (restored) database lacks."""
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def build(created_at, database_entry, files):
    storage_class = type(storages["default"])
    return {
        "format": archive.FORMAT,
        "created_at": created_at.isoformat(),
        "database": {
            "engine": database.engine(),
            "member": database.dump_member_name(),
            **database_entry,
            "versions": database.versions(),
        },
        "versions": {
            "python": platform.python_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "migrations": latest_migrations(),
        },
        "storage": {"backend": f"{storage_class.__module__}.{storage_class.__qualname__}"},
        "files": files,
    }
