"""Logs: stdout, one line per record, no passwords, codes, tokens or session ids."""

import logging
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.test import RequestFactory
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from hardening.logs import OneLineFormatter, ReporterFilter, ScrubSecrets
from tests.signin.conftest import PASSWORD, browser, make_editor, post_login


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def log_output():
    """Every record at INFO and above, through the production formatter and filter."""
    stream = StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter())
    handler.addFilter(ScrubSecrets())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def test_logging_goes_to_stdout_one_line_per_record():
    console = settings.LOGGING["handlers"]["console"]
    assert console["stream"] == "ext://sys.stdout"
    assert console["formatter"] == "one_line" and console["filters"] == ["scrub"]
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed\nsecond line", None, None)
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    line = OneLineFormatter().format(record)
    assert "\n" not in line and "Traceback" in line and "boom" in line


def test_sign_in_flows_log_no_secrets(editor, log_output):
    wrong = "wrong-password-4711"
    client = browser()
    for _ in range(5):
        post_login(client, "comms", wrong)
    post_login(client, "comms")  # locked out
    other = browser(address="203.0.113.8")
    post_login(other, "comms")
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    other.post("/admin/two-factor/", {"token": "000000"})
    token = f"{totp(device.bin_key, drift=1):06d}"
    other.post("/admin/two-factor/", {"token": token})
    other.post("/admin/password_reset/", {"email": "comms@example.org"})
    output = log_output.getvalue()
    assert "AXES" in output and "Too Many Requests" in output  # the flows did log
    session = other.cookies[settings.SESSION_COOKIE_NAME].value
    for secret in [PASSWORD, wrong, token, "000000", session]:
        assert secret not in output
    assert all(
        line.count(" INFO ") + line.count(" WARNING ") + line.count(" ERROR ") >= 1
        for line in output.splitlines()
    )


@pytest.mark.parametrize(
    ("message", "secret"),
    [
        ("POST password=hunter2hunter2&username=x", "hunter2hunter2"),
        ('{"otp_token": "123456"}', "123456"),
        ("Cookie: sessionid=abcdef0123456789", "abcdef0123456789"),
        ("GET /admin/password_reset/confirm/MQ/c4x9z-0123abcd/", "c4x9z-0123abcd"),
        ("csrfmiddlewaretoken=Zq8w7e6r5t4y", "Zq8w7e6r5t4y"),
    ],
)
def test_scrubber_masks_secrets_in_messages(message, secret):
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "%s", (message,), None)
    ScrubSecrets().filter(record)
    assert secret not in OneLineFormatter().format(record)


def test_error_reports_hide_credentials():
    assert settings.DEFAULT_EXCEPTION_REPORTER_FILTER == "hardening.logs.ReporterFilter"
    request = RequestFactory().post(
        "/admin/two-factor/",
        {"token": "123456", "password": "hunter2hunter2", "otp_token": "654321", "title": "kept"},
    )
    cleansed = ReporterFilter().get_post_parameters(request)
    assert cleansed["title"] == "kept"
    assert {cleansed[name] for name in ["token", "password", "otp_token"]} == {"********************"}


@pytest.mark.parametrize(("level", "shown"), [("WARNING", True), ("ERROR", False)])
def test_log_level_also_quiets_djangos_own_loggers(level, shown):
    """LOG_LEVEL=ERROR means no "Not Found" warning from django.request on stdout."""
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('Not Found: /nothing/')"
    )
    environment = {
        **os.environ,
        "LOG_LEVEL": level,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONPATH": str(settings.BASE_DIR / "site"),
    }
    environment.setdefault("SECRET_KEY", "log-level-test-only-" + "x" * 40)
    run = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    assert ("Not Found: /nothing/" in run.stdout) is shown
