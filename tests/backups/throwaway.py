"""Throwaway sites for the backup tests: a database of their own and a media folder.

They sit next to the test run's database: on PostgreSQL a new database named after it
(`<name>_restore_<random>`, created and dropped here), on SQLite a file in a temporary folder.
Everything runs in subprocesses, as an operator would run bin/backup and bin/restore.
"""

import json
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import psycopg2
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SITETOOL = Path(__file__).with_name("sitetool.py")
POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def run(command, env, check=True):
    result = subprocess.run(  # noqa: S603
        [str(part) for part in command], env=env, capture_output=True, text=True, timeout=1200, check=False
    )
    if check:
        assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


class ThrowawaySite:
    def __init__(self, folder, role, settings_module="config.test_settings", extra_env=None):
        folder.mkdir(parents=True, exist_ok=True)
        self.media = folder / "media"
        db = settings.DATABASES["default"]
        self.password = db.get("PASSWORD") or ""
        if POSTGRES:
            self.server = {k.lower(): db[k] for k in ("HOST", "PORT", "USER", "PASSWORD") if db.get(k)}
            self.name = f"{db['NAME'].removeprefix('test_')}_{role}_{secrets.token_hex(4)}"
            self.admin(f'CREATE DATABASE "{self.name}"')
            url = self.url(self.password)
        else:
            self.path = folder / "site.sqlite3"
            url = f"sqlite:///{self.path}"
        self.env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
        self.env.update(
            DJANGO_SETTINGS_MODULE=settings_module,
            DATABASE_URL=url,
            MEDIA_ROOT=str(self.media),
            **(extra_env or {}),
        )

    def url(self, password):
        auth = self.server.get("user", "postgres") + (f":{quote(password, safe='')}" if password else "")
        host, port = self.server.get("host", "127.0.0.1"), self.server.get("port", 5432)
        return f"postgres://{auth}@{host}:{port}/{self.name}"

    def admin(self, sql):
        connection = psycopg2.connect(dbname="postgres", **self.server)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def drop(self):
        if POSTGRES:
            self.admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def table_count(self):
        if POSTGRES:
            connection = psycopg2.connect(dbname=self.name, **self.server)
            query = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        else:
            connection = sqlite3.connect(self.path)
            query = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        try:
            cursor = connection.cursor()
            cursor.execute(query)
            return cursor.fetchone()[0]
        finally:
            connection.close()

    def media_files(self):
        if not self.media.exists():
            return {}
        return {
            path.relative_to(self.media).as_posix(): path.read_bytes()
            for path in sorted(self.media.rglob("*"))
            if path.is_file()
        }

    def sitetool(self, *arguments):
        return run([sys.executable, SITETOOL, *arguments], self.env)

    def snapshot(self, out):
        self.sitetool("snapshot", out)
        return json.loads(Path(out).read_text())

    def backup(self, output, env=None):
        return run([ROOT / "bin" / "backup", "--output", output], env or self.env)

    def restore(self, archive, *options, check=True):
        return run([ROOT / "bin" / "restore", archive, *options], self.env, check=check)
