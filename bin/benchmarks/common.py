"""Shared start-up for the benchmarks in this folder (see bin/bench).

`BenchSite` builds a fresh production-mode site: its own database with the demo content
(SQLite in a temporary folder, or `<name>_bench_<benchmark>` beside DATABASE_URL's PostgreSQL
database, created and dropped here), static files collected into the temporary folder, and
gunicorn started from the Procfile's web line on a free 127.0.0.1 port. `wrk()` runs wrk and
reads its figures. Everything started here is stopped here.
"""

import json
import os
import re
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
HERE = Path(__file__).resolve().parent
# Seconds per wrk row; BENCH_SECONDS=30 gives steadier figures.
SECONDS = int(os.environ.get("BENCH_SECONDS") or 3)


def log(message):
    print(message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def procfile_web_line():
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.removeprefix("web:").strip()
    raise RuntimeError("The Procfile has no web: line.")


class BenchSite:
    def __init__(self, benchmark):
        self.workdir = Path(tempfile.mkdtemp(prefix=f"ihc-bench-{benchmark}-"))
        self.admin_url = None
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            self.db_name = f"{parts.path.lstrip('/') or 'ihc'}_bench_{benchmark}"
            self.database_url = urlunsplit(parts._replace(path=f"/{self.db_name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
        else:
            self.database_url = f"sqlite:///{self.workdir / 'bench.sqlite3'}"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None
        env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "PAGE_CACHE_SECONDS", "DEBUG"}}
        self.env = {
            **env,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            # testserver: the query-counting helper uses Django's test client.
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "false",
            "SERVE_MEDIA": "true",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "DATABASE_URL": self.database_url,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
        }

    # The database -------------------------------------------------------------------------
    def _admin_sql(self, sql):
        import psycopg2

        connection = psycopg2.connect(self.admin_url)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def manage(self, *args):
        result = subprocess.run(  # noqa: S603 (our manage.py, fixed arguments)
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def prepare(self):
        log(f"bench: building the demo site in {self.database_url}")
        if self.admin_url:
            self._admin_sql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            self._admin_sql(f'CREATE DATABASE "{self.db_name}"')
        self.manage("migrate", "--noinput")
        self.manage("update_translation_fields")
        self.manage("set_translation_url_paths")
        self.manage("load_demo_content")
        self.manage("collectstatic", "--noinput", "--verbosity", "0")
        return self

    # The server ---------------------------------------------------------------------------
    def start(self, **extra_env):
        """The Procfile's web line as a platform runs it, bound to loopback instead of 0.0.0.0."""
        env = {**self.env, **extra_env, "PORT": str(self.port)}
        env["GUNICORN_CMD_ARGS"] = f"--bind 127.0.0.1:{self.port}"
        self.log_file = open(self.workdir / "gunicorn.log", "a")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(  # noqa: S603 (the Procfile's own line)
            ["/bin/sh", "-c", f"exec {procfile_web_line()}"],
            cwd=ROOT,
            env=env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{(self.workdir / 'gunicorn.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/health/", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        log(f"bench: gunicorn at {self.base_url} {extra_env or ''}")
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within 90 seconds.")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if getattr(self, "log_file", None):
            self.log_file.close()
            self.log_file = None

    def close(self):
        try:
            self.stop()
            if self.admin_url:
                self._admin_sql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.prepare()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc):
        self.close()

    # Helpers ------------------------------------------------------------------------------
    def helper(self, script, *args, **extra_env):
        """Run a helper (bin/benchmarks/_*.py) with Django set up against this site's database;
        it prints JSON on its last line."""
        result = subprocess.run(  # noqa: S603 (our helper, fixed arguments)
            [sys.executable, str(HERE / script), *args],
            cwd=ROOT,
            env={**self.env, **extra_env},
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{script} failed:\n{result.stdout}\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def static_url(self, name):
        """The hashed address collectstatic gave a file, e.g. css/site.css → css/site.<hash>.css."""
        manifest = json.loads((self.workdir / "static" / "staticfiles.json").read_text())
        return f"/static/{manifest['paths'][name]}"

    def warm(self, path):
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=60) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as error:
            log(f"bench: {path} answered {error.code}")


# wrk ----------------------------------------------------------------------------------------
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output):
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percent, key in (("50", "p50"), ("99", "p99")):
        match = re.search(rf"^\s+{percent}%\s+(\S+)", output, re.M)
        figures[key] = _ms(match.group(1)) if match else float("nan")
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    counts = [int(n) for n in socket_errors.groups()] if socket_errors else [0, 0, 0, 0]
    figures["timeouts"] = counts[3]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["errors"] = sum(counts[:3]) + (int(non_2xx.group(1)) if non_2xx else 0)
    return figures


def wrk_command(url, connections=8, seconds=SECONDS, script=None):
    """wrk with 2 threads (this machine's cores); a request slower than 10 s counts as a timeout."""
    executable = shutil.which("wrk") or "wrk"
    command = [
        executable,
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
    ]
    return [*command, "--latency", *(["-s", str(script)] if script else []), url]


def wrk(url, connections=8, seconds=SECONDS, script=None):
    command = wrk_command(url, connections, seconds, script)
    result = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return parse_wrk(result.stdout)


def machine(site):
    """What the figures were taken on: they mean little without it."""
    database = "PostgreSQL" if site.admin_url else "SQLite"
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} cores, load average {load:.1f} when the run began, {database}"


def markdown_table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
