"""A real server for browser tests and the audit: production settings, its own database.

`ProductionServer` is a throwaway site (site/throwaway: SQLite in a temporary folder, or, when
DATABASE_URL points to PostgreSQL, a separate `<name>_browser` database that it creates and
drops) with the demo content and the static files collected as production does (hashed
names, gzip and brotli copies), served by gunicorn on a free port of 127.0.0.1 with DEBUG off.
It stops by itself when the `with` block ends.
"""

import shutil
import sys

from throwaway import Gunicorn, ThrowawaySite


class ProductionServer(ThrowawaySite):
    def __init__(self, *, database_url=None, log=None, workers=2):
        super().__init__("browser", database_url)
        self.env["DEBUG"] = "0"
        self.log = log or (lambda message: print(message, file=sys.stderr))
        self.workers = workers
        self.gunicorn = None

    def prepare(self):
        self.log(f"browser server: database {self.database.url}")
        self.build()

    def start(self):
        self.prepare()
        command = [
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
        ]
        log_path = self.workdir / "gunicorn.log"
        self.gunicorn = Gunicorn(command, self.env, self.port, log_path, probe_path="/ar/").start()
        self.log(f"browser server: {self.base_url}")
        return self

    def stop(self):
        if self.gunicorn:
            self.gunicorn.stop()
        self.remove()

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
