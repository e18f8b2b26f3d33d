"""The database half of a backup: pg_dump's custom format on PostgreSQL, SQLite's online
backup API on SQLite. Both copy a consistent snapshot while the site keeps serving.

Credentials reach pg_dump, pg_restore and psql through libpq's environment variables, never the
command line (which any user on the machine can read in the process list).
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing

from django.db import connection

# --force on PostgreSQL: drop every table and sequence of the site's schema first. It runs in
# the same transaction as the restore, so a failed restore leaves the old database in place.
DROP_EVERYTHING = """
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT format('%I.%I', schemaname, tablename) AS name
              FROM pg_tables WHERE schemaname = current_schema() LOOP
    EXECUTE 'DROP TABLE IF EXISTS ' || item.name || ' CASCADE';
  END LOOP;
  FOR item IN SELECT format('%I.%I', sequence_schema, sequence_name) AS name
              FROM information_schema.sequences WHERE sequence_schema = current_schema() LOOP
    EXECUTE 'DROP SEQUENCE IF EXISTS ' || item.name || ' CASCADE';
  END LOOP;
END $$;
"""


class DatabaseError(Exception):
    """A dump or restore tool failed; the message carries its own error output."""


def engine():
    """'postgresql' or 'sqlite': what the archive's dump can be restored onto."""
    if connection.vendor not in ("postgresql", "sqlite"):
        raise DatabaseError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def dump_member_name():
    return "database/site.pgdump" if engine() == "postgresql" else "database/site.sqlite3"


def libpq_env():
    settings = connection.settings_dict
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    values = {
        "PGDATABASE": settings.get("NAME"),
        "PGUSER": settings.get("USER"),
        "PGPASSWORD": settings.get("PASSWORD"),
        "PGHOST": settings.get("HOST"),
        "PGPORT": settings.get("PORT"),
    }
    options = settings.get("OPTIONS") or {}
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        values[variable] = options.get(option)
    env.update({key: str(value) for key, value in values.items() if value})
    return env


def tool(name):
    """The full path of a PostgreSQL client program, or a message saying what to install."""
    path = shutil.which(name)
    if not path:
        raise DatabaseError(
            f"{name} is not installed: install the PostgreSQL client programs of the server's "
            "major version (Debian: apt-get install postgresql-client)."
        )
    return path


def run(name, *arguments):
    command = [tool(name), *arguments]
    result = subprocess.run(command, env=libpq_env(), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise DatabaseError(f"{name} failed: {result.stderr.strip()}")
    return result.stdout


def versions():
    """Server and tool versions for the manifest (no host names, users or passwords)."""
    with connection.cursor() as cursor:
        if engine() == "postgresql":
            cursor.execute("SELECT version()")
            server = cursor.fetchone()[0]
            return {"server": server, "pg_dump": run("pg_dump", "--version").strip()}
        cursor.execute("SELECT sqlite_version()")
        return {"server": f"SQLite {cursor.fetchone()[0]}"}


def table_names():
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def dump(path):
    if engine() == "postgresql":
        run("pg_dump", "--format=custom", "--no-password", f"--file={path}")
        return
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as target:
        connection.connection.backup(target)


def restore(path, force=False):
    """Load the dump at `path` into the configured database, in one transaction."""
    if engine() == "postgresql":
        _restore_postgresql(path, force)
        return
    # The backup API replaces every page of the target database at once: whatever was in it
    # (allowed only with --force) is gone, and nothing from it mixes with the restored site.
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as source:
        source.backup(connection.connection)


def _restore_postgresql(path, force):
    connection.close()  # hold no locks on the tables the restore drops or creates
    psql = [tool("psql"), "--no-psqlrc", "--no-password", "--quiet", "--set=ON_ERROR_STOP=1"]
    psql.append("--single-transaction")
    if force:
        psql.append(f"--command={DROP_EVERYTHING}")
    psql.append("--file=-")
    # pg_restore turns the custom-format dump into SQL; psql runs it as one transaction.
    # Ownership and grants are left out: the restoring user owns what it creates. Its errors
    # go to a file: a pipe nobody reads while psql runs could fill up and stall it.
    pg_restore = [tool("pg_restore"), "--no-owner", "--no-privileges", "--file=-", str(path)]
    with tempfile.TemporaryFile() as script_errors:
        with subprocess.Popen(  # noqa: S603
            pg_restore, stdout=subprocess.PIPE, stderr=script_errors, env=libpq_env()
        ) as script:
            result = subprocess.run(  # noqa: S603
                psql,
                stdin=script.stdout,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=libpq_env(),
                text=True,
                check=False,
            )
        script_errors.seek(0)
        errors = script_errors.read().decode(errors="replace")
    if script.returncode != 0:
        raise DatabaseError(f"pg_restore failed: {errors.strip()}")
    if result.returncode != 0:
        raise DatabaseError(f"psql failed (nothing was restored): {result.stderr.strip()}")
