"""Real app servers for the page cache's tests: gunicorn in production mode, several
processes on one database and one Redis database, as a deployment with two app servers."""

import os
import sys

from tests.browser.server import ProductionServer
from throwaway import Gunicorn, free_port

# A Redis database of the tests' own (it is emptied): TEST_REDIS_URL picks another one.
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11")


def another_gunicorn(env, log_path, workers=1):
    """One more gunicorn on a free loopback port, with the given environment."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "120"]
    return Gunicorn(command, env, port, log_path, probe_path="/robots.txt").start()


class CachedServer(ProductionServer):
    """The browser tests' production server, with the page cache on a shared Redis once the
    demo is built (so building it does not purge page by page)."""

    def __init__(self, cache_env, **kwargs):
        super().__init__(**kwargs)
        self.cache_env = cache_env

    def prepare(self):
        super().prepare()
        self.env.update(self.cache_env)

    def another(self, name, workers=1, **env):
        """A second app server on the same database, Redis and media."""
        return another_gunicorn({**self.env, **env}, self.workdir / f"{name}.log", workers)

    def shell(self, code):
        """Run `code` in `manage.py shell`: a third app process on the same database and Redis."""
        return self.manage("shell", "--no-imports", "-c", code)
