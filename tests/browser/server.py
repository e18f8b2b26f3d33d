"""A real server for browser tests and the audit: production settings, its own database.

`ProductionServer` builds a fresh database with the demo content (SQLite in a temporary
folder, or, when DATABASE_URL points to PostgreSQL, a separate `<name>_browser` database
that it creates and drops), collects the static files as production does (hashed names,
gzip and brotli copies), and runs gunicorn on a free port of 127.0.0.1 with DEBUG off. It
stops by itself when the `with` block ends.
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


class BrowserDatabase:
    """The server's own database: never the one the test run or a developer uses."""

    def __init__(self, workdir, database_url=None):
        self.admin_url = None
        self.name = None
        url = database_url if database_url is not None else os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            self.name = f"{parts.path.lstrip('/') or 'ihc'}_browser"
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
        else:
            self.url = f"sqlite:///{Path(workdir) / 'browser.sqlite3'}"

    def _admin(self, sql):
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


class ProductionServer:
    def __init__(self, *, database_url=None, log=None, workers=2):
        self.workdir = Path(tempfile.mkdtemp(prefix="ihc-browser-"))
        self.database = BrowserDatabase(self.workdir, database_url)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = log or (lambda message: print(message, file=sys.stderr))
        self.workers = workers
        self.process = None
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SERVE_MEDIA": "true",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "DATABASE_URL": self.database.url,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
        }
        self.env.pop("REDIS_URL", None)

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

    def prepare(self):
        self.log(f"browser server: database {self.database.url}")
        self.database.create()
        self.manage("migrate", "--noinput")
        # The Page translation columns come after all migrations: fill them, then URL paths.
        self.manage("update_translation_fields")
        self.manage("set_translation_url_paths")
        self.manage("load_demo_content")
        self.manage("collectstatic", "--noinput", "--verbosity", "0")

    def start(self):
        self.prepare()
        self.log_file = open(self.workdir / "gunicorn.log", "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(  # noqa: S603 (gunicorn, fixed arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                # The project's gunicorn settings (as the Procfile), with the bind, worker
                # count and a patient timeout for this machine given on the command line.
                "--config",
                "gunicorn.conf.py",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "120",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{(self.workdir / 'gunicorn.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/ar/", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        self.log(f"browser server: {self.base_url}")
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("The production server did not answer within 60 seconds.")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if getattr(self, "log_file", None):
            self.log_file.close()
        try:
            self.database.drop()
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()


def chromium_path():
    """Debian's Chromium; a clear failure (never a skip) when it is missing."""
    path = shutil.which("chromium")
    if not path:
        raise RuntimeError(
            "Chromium is not installed. Browser tests drive Debian's chromium package: run "
            "'apt-get install -y chromium' (bin/test does this when it runs as root)."
        )
    return path


# The probe's flags: no background traffic to outside hosts, no sandbox as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
