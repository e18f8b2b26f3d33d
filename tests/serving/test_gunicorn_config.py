"""gunicorn.conf.py, loaded by gunicorn itself, takes its values from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# gunicorn's own loader, as `gunicorn --config gunicorn.conf.py config.wsgi` runs it.
LOAD = """
import json, sys
from gunicorn.app.wsgiapp import WSGIApplication
sys.argv = ["gunicorn", "--config", "gunicorn.conf.py", "config.wsgi"]
cfg = WSGIApplication().cfg
print(json.dumps({name: cfg.settings[name].get() for name in (
    "bind", "workers", "timeout", "graceful_timeout", "keepalive", "max_requests",
    "max_requests_jitter", "preload_app", "forwarded_allow_ips", "accesslog", "errorlog", "pythonpath",
    "access_log_format")}))
"""


def load(**env):
    ours = {"PORT", "WEB_CONCURRENCY", "FORWARDED_ALLOW_IPS", "GUNICORN_CMD_ARGS"}
    base = {k: v for k, v in os.environ.items() if k not in ours}
    result = subprocess.run(
        [sys.executable, "-c", LOAD],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_values_come_from_the_environment():
    cfg = load(PORT="5123", WEB_CONCURRENCY="5", FORWARDED_ALLOW_IPS="10.1.2.3,192.168.0.0/16")
    assert cfg["bind"] == ["0.0.0.0:5123"]
    assert cfg["workers"] == 5
    assert cfg["forwarded_allow_ips"] == ["10.1.2.3", "192.168.0.0/16"]


def test_defaults():
    cfg = load()
    assert cfg["bind"] == ["0.0.0.0:8000"]
    assert cfg["workers"] == 2
    assert cfg["forwarded_allow_ips"] == ["127.0.0.1", "::1"]
    assert (cfg["timeout"], cfg["graceful_timeout"], cfg["keepalive"]) == (30, 30, 5)
    # Workers recycle, at staggered moments.
    assert cfg["max_requests"] == 20000
    assert cfg["preload_app"] is True
    assert 0 < cfg["max_requests_jitter"] < cfg["max_requests"]
    # One access-log line per request on stdout; errors on stderr.
    assert cfg["accesslog"] == "-" and cfg["errorlog"] == "-"
    assert "\n" not in cfg["access_log_format"]
    assert cfg["pythonpath"] == str(ROOT / "site")


def test_procfile_web_line_uses_it():
    web = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    assert "--config gunicorn.conf.py" in web
    assert "config.wsgi" in web


def test_django_reads_the_same_variable():
    script = "from django.conf import settings; print(settings.FORWARDED_ALLOW_IPS)"
    env = {
        **os.environ,
        "FORWARDED_ALLOW_IPS": "10.1.2.3,192.168.0.0/16",
        "DJANGO_SETTINGS_MODULE": "config.test_settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['10.1.2.3', '192.168.0.0/16']"
