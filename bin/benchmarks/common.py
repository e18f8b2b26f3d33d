"""Shared start-up for the benchmarks in this folder (see bin/bench).

`BenchSite` builds a fresh production-mode site (site/throwaway): its own database with the
demo content (SQLite in a temporary folder, or `<name>_bench_<benchmark>` beside DATABASE_URL's
PostgreSQL database, created and dropped there), static files collected into the folder, and
gunicorn started from the Procfile's web line on a free 127.0.0.1 port. `wrk()` runs wrk and
reads its figures. Everything started here is stopped here.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "site"))  # the shared throwaway site (site/throwaway)

from throwaway import Gunicorn, ThrowawaySite  # noqa: E402

# Seconds per wrk row; BENCH_SECONDS=30 gives steadier figures.
SECONDS = int(os.environ.get("BENCH_SECONDS") or 3)


def log(message):
    print(message, file=sys.stderr, flush=True)


def procfile_web_line():
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.removeprefix("web:").strip()
    raise RuntimeError("The Procfile has no web: line.")


class BenchSite(ThrowawaySite):
    def __init__(self, benchmark):
        super().__init__(f"bench_{benchmark}", drop_env={"PAGE_CACHE_SECONDS", "DEBUG"})
        self.admin_url = self.database.admin_url
        self.gunicorn = None
        self.env.update(
            # The Procfile's web line calls a bare `gunicorn`: this interpreter's.
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{self.env.get('PATH', '')}",
            # testserver: the query-counting helper uses Django's test client.
            ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            STATIC_ROOT=str(self.workdir / "static"),
        )
        # BENCH_REDIS_URL measures the site with its caches in Redis, as a deployment with
        # REDIS_URL runs (give it a database number of its own: it is emptied first).
        redis_url = os.environ.get("BENCH_REDIS_URL")
        if redis_url:
            import redis  # only here: the benchmarks run without Redis by default

            redis.Redis.from_url(redis_url).flushdb()
            self.env["REDIS_URL"] = redis_url

    def prepare(self):
        log(f"bench: building the demo site in {self.database.url}")
        self.build()
        return self

    # The server ---------------------------------------------------------------------------
    def start(self, **extra_env):
        """The Procfile's web line as a platform runs it, bound to loopback instead of 0.0.0.0."""
        env = {**self.env, **extra_env, "PORT": str(self.port)}
        env["GUNICORN_CMD_ARGS"] = f"--bind 127.0.0.1:{self.port}"
        command = ["/bin/sh", "-c", f"exec {procfile_web_line()}"]
        log_path = self.workdir / "gunicorn.log"
        self.gunicorn = Gunicorn(command, env, self.port, log_path, patience=90).start()
        log(f"bench: gunicorn at {self.base_url} {extra_env or ''}")
        return self

    def stop(self):
        if self.gunicorn:
            self.gunicorn.stop()
            self.gunicorn = None

    def close(self):
        try:
            self.stop()
        finally:
            self.remove()

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
