"""Production settings: refuse to start unsafely, pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from tests.helpers import parse

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    unset = {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT", "DJANGO_SETTINGS_MODULE"}
    base = {k: v for k, v in os.environ.items() if k not in unset}
    base.update(env, DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True, timeout=120
    )


def test_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_refuses_to_start_without_allowed_hosts():
    result = manage("check", SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_deploy_check_is_clean():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ihc.example.org",
        # Production sends mail through a server; without one the console backend stands in,
        # which Django's deploy check rightly reports (mail.E001).
        EMAIL_HOST="smtp.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_plain_http_for_local_production_runs():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECURE_SSL_REDIRECT, settings.DEBUG)",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="localhost",
        SECURE_SSL_REDIRECT="false",
    )
    assert result.stdout.strip().splitlines()[-1] == "False False"


def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


@pytest.mark.parametrize(("path", "language"), [("/en/some-page/", "en"), ("/ar/", "ar")])
def test_500_page_renders_with_the_database_down(django_db_blocker, path, language):
    client = Client(raise_request_exception=False)
    with django_db_blocker.block():  # every query now fails, as with a database that is down
        response = client.get(path)
    assert response.status_code == 500
    assert parse(response).html_attrs == {"lang": language, "dir": "rtl" if language == "ar" else "ltr"}
    assert "Traceback" not in response.content.decode()
