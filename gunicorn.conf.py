"""gunicorn's settings, for every way the site is served: the Procfile's web process,
bin/bench and the tests' production server (`gunicorn --config gunicorn.conf.py config.wsgi`).

It lives at the top level because gunicorn also picks up `./gunicorn.conf.py` by itself, so a
bare `gunicorn config.wsgi` run from the project folder gets the same settings. gunicorn reads
this file, not Django; the few environment variables here are gunicorn's own conventions
(PORT, WEB_CONCURRENCY, FORWARDED_ALLOW_IPS) and are listed in README.md.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent

# `site/` is a folder, not a package (the standard library owns that name): import from inside it.
pythonpath = str(ROOT / "site")
wsgi_app = "config.wsgi:application"

# A command-line --bind (or GUNICORN_CMD_ARGS="--bind …") overrides this, e.g. for loopback runs.
bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
# Sync workers: each handles one request at a time; two per core is the usual start.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)

# A request that takes longer than this is stuck; the worker is killed and replaced.
timeout = 30
# On restart or deploy, requests in flight get this long to finish.
graceful_timeout = 30
# Keep-alive for a proxy in front that reuses connections.
keepalive = 5

# Recycle each worker after about twenty thousand requests so a slow leak cannot grow without
# end; the jitter keeps the workers from all restarting at the same moment. The application is
# loaded once, in the master, before the workers are forked: a recycled worker starts in
# milliseconds instead of importing Django and Wagtail again (a second of CPU each; with a
# limit of a thousand, a busy server spent most of its time doing that). Database and cache
# connections open on a worker's first request, never in the master.
preload_app = True
max_requests = 20000
max_requests_jitter = 2000

# X-Forwarded-Proto is believed only from these proxies. Django reads the same variable
# (settings.FORWARDED_ALLOW_IPS, serving.proxy) for the client address and the scheme.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1,::1"

# One line per request on stdout (the platform collects it); errors on stderr.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s fwd=%({x-forwarded-for}i)s [%(t)s] "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'

# Worker heartbeats in memory, not on a possibly slow container disk.
if Path("/dev/shm").is_dir():  # noqa: S108 (gunicorn's documented choice; heartbeat files only)
    worker_tmp_dir = "/dev/shm"  # noqa: S108
