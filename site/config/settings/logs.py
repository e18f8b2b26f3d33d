"""Logs: stdout, one line per record, with secrets scrubbed; error reports hide credentials."""

import os

LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"scrub": {"()": "hardening.logs.ScrubSecrets"}},
    "formatters": {"one_line": {"()": "hardening.logs.OneLineFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "one_line",
            "filters": ["scrub"],
            # On the handler too: Django's loggers (django.request's "Not Found" warnings) set
            # their own level and reach this handler whatever the root's level is.
            "level": LOG_LEVEL,
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "hardening.logs.ReporterFilter"
