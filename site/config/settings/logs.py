"""Logs: stdout, one line per record, with secrets scrubbed; error reports hide credentials."""

import os

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
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "hardening.logs.ReporterFilter"
