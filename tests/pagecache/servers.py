"""Real app servers for the page cache's tests: gunicorn in production mode, several
processes on one database and one Redis database, as a deployment with two app servers."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.browser.server import ROOT, ProductionServer, free_port

REDIS_URL = "redis://127.0.0.1:6379/11"


class Gunicorn:
    """One more gunicorn on a free loopback port, with the given environment."""

    def __init__(self, env, log_path, workers=1):
        self.env = env
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.workers = workers
        self.process = None

    def start(self):
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(  # noqa: S603 (gunicorn, fixed arguments)
            [sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi"]
            + ["--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers), "--timeout", "120"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/robots.txt", timeout=5):  # noqa: S310
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within 60 seconds")

    def log(self):
        return self.log_path.read_text()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if getattr(self, "log_file", None):
            self.log_file.close()


class CachedServer(ProductionServer):
    """The browser tests' production server, with the page cache on a shared Redis once the
    demo is built (so building it does not purge page by page)."""

    def __init__(self, cache_env, **kwargs):
        super().__init__(**kwargs)
        self.cache_env = cache_env

    def prepare(self):
        super().prepare()
        self.env.update(self.cache_env)

    def another(self, name, **env):
        """A second app server on the same database, Redis and media."""
        return Gunicorn({**self.env, **env}, self.workdir / f"{name}.log").start()

    def shell(self, code):
        """Run `code` in `manage.py shell`: a third app process on the same database and Redis."""
        return self.manage("shell", "--no-imports", "-c", code)
