"""Mail, and the submissions from innovators that send it (showcase/submissions).

Mail settings come from EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and
EMAIL_USE_TLS in the environment, as Django 6.1's MAILERS (its EMAIL_* settings are
deprecated). Without EMAIL_HOST, the console backend: messages are printed, so a local run
needs no mail server.
"""

import os

from .environment import env_bool

_email_host = os.environ.get("EMAIL_HOST", "")
if _email_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _email_host,
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                # A slow mail server must not hold a worker for long.
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A form posted without its CSRF cookie gets a page in the visitor's language.
CSRF_FAILURE_VIEW = "showcase.submissions.views.csrf_failure"
# Contact details of a submission are erased this many days after the decision
# (manage.py purge_submissions, run daily).
SUBMISSION_RETENTION_DAYS = int(os.environ.get("SUBMISSION_RETENTION_DAYS", "90"))
SUBMISSION_RATE_LIMIT = 5  # submissions per visitor address per hour
SUBMISSION_MIN_SECONDS = 5  # a form sent sooner after it was shown is refused
