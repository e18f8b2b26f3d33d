"""A throwaway production-mode site: its own database and media folder, and gunicorn.

The browser tests, the page-cache and outage tests, the audit (tests/browser) and the
benchmarks (bin/benchmarks) each need the site as a deployment runs it. They all build it here:
a database that is never the one the test run or a developer uses (PostgreSQL: a new database
beside DATABASE_URL's, created and dropped here; otherwise an SQLite file in a temporary
folder), `manage.py setup_database` as the Procfile's release step runs it, then gunicorn on a
free 127.0.0.1 port. Everything runs in subprocesses, as a platform runs it, so nothing here
imports Django or pytest.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayDatabase:
    """`<name>_<suffix>` beside a PostgreSQL DATABASE_URL, or `<folder>/<suffix>.sqlite3`."""

    def __init__(self, folder, suffix, database_url=None):
        self.admin_url = None
        self.name = None
        url = database_url if database_url is not None else os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            self.name = f"{parts.path.lstrip('/') or 'ihc'}_{suffix}"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
        else:
            self.url = f"sqlite:///{Path(folder) / f'{suffix}.sqlite3'}"

    def _admin(self, sql):
        # Imported here: only PostgreSQL runs need the driver.
        import psycopg2

        connection = psycopg2.connect(self.admin_url)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def create(self):
        if self.admin_url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.admin_url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class Gunicorn:
    """One gunicorn process group, started from `command`, ready once `probe_path` answers."""

    def __init__(self, command, env, port, log_path, probe_path="/health/", patience=60):
        self.command = command
        self.env = env
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.log_path = Path(log_path)
        self.probe_path = probe_path
        self.patience = patience
        self.process = None
        self.log_file = None

    def start(self):
        self.log_file = open(self.log_path, "a")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(  # noqa: S603 (gunicorn, arguments from our own code)
            self.command,
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.patience
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.base_url + self.probe_path, timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within {self.patience} seconds.")

    def log(self):
        return self.log_path.read_text()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if self.log_file:
            self.log_file.close()
            self.log_file = None


class ThrowawaySite:
    """A temporary folder, a database of its own and the environment a deployment would set."""

    def __init__(self, name, database_url=None, drop_env=()):
        self.workdir = Path(tempfile.mkdtemp(prefix=f"ihc-{name}-"))
        self.database = ThrowawayDatabase(self.workdir, name, database_url)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        unwanted = {"REDIS_URL", *drop_env}  # the site's cache is its own, never a shared Redis
        self.env = {key: value for key, value in os.environ.items() if key not in unwanted}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            SERVE_MEDIA="true",
            MEDIA_ROOT=str(self.workdir / "media"),
            DATABASE_URL=self.database.url,
            PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
        )

    def manage(self, *args):
        result = subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def build(self, demo=True):
        """The release step on a new database, the demo content, and static files collected."""
        self.database.create()
        self.manage("setup_database")
        if demo:
            self.manage("load_demo_content")
        self.manage("collectstatic", "--noinput", "--verbosity", "0")

    def remove(self):
        """Drop the database and the temporary folder (stop any gunicorn first)."""
        try:
            self.database.drop()
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)
