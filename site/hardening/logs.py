"""Log hygiene: one line per record on stdout, and no credentials in logs or error reports."""

import logging
import re

from django.views.debug import SafeExceptionReporterFilter

# Field and cookie names whose values are secrets: passwords, one-time and backup codes,
# reset and CSRF tokens, session ids.
SENSITIVE_NAMES = r"pass|token|otp|secret|session|csrf|cookie"
_NAME = re.compile(SENSITIVE_NAMES, re.IGNORECASE)
# name=value or "name": "value" pairs inside a message, for the names above.
_PAIR = re.compile(
    rf"""(?P<name>[\w-]*(?:{SENSITIVE_NAMES})[\w-]*)(?P<sep>["']?\s*[=:]\s*["']?)(?P<value>[^\s&;,"']+)""",
    re.IGNORECASE,
)
# The secret part of a password-reset link: /password_reset/confirm/<uid>/<token>/.
_RESET_LINK = re.compile(r"(/password_reset/confirm/[^/\s]+/)[^/\s]+")
REDACTED = "********"


def scrub(text):
    text = _PAIR.sub(lambda m: f"{m['name']}{m['sep']}{REDACTED}", text)
    return _RESET_LINK.sub(rf"\1{REDACTED}", text)


class ScrubSecrets(logging.Filter):
    """Rewrites the message with any name=secret pair masked (axes and Django log requests)."""

    def filter(self, record):
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class OneLineFormatter(logging.Formatter):
    """`time level logger message`, with line breaks (tracebacks) escaped: one record, one line."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record):
        return scrub(super().format(record)).replace("\r", "").replace("\n", " \\n ")


class ReporterFilter(SafeExceptionReporterFilter):
    """Error reports hide every credential-like POST field, not only views marked sensitive."""

    hidden_settings = re.compile(
        r"API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DATABASE_URL|REDIS_URL", re.I
    )

    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if request is None or not parameters:
            return parameters
        cleansed = parameters.copy()
        for name in cleansed:
            if _NAME.search(name):
                cleansed[name] = self.cleansed_substitute
        return cleansed
