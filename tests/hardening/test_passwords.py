"""Passwords: at least 12 characters, hashed with Argon2 in production."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("language", "message"), [("ar", "12"), ("en", "at least 12 characters")])
def test_eleven_characters_are_too_few(language, message):
    with translation.override(language), pytest.raises(ValidationError) as refused:
        validate_password("Kx9#mq2$Lp7")
    assert any(message in text for text in refused.value.messages)


def test_twelve_good_characters_pass():
    validate_password("Kx9#mq2$Lp7!")


def test_common_and_numeric_passwords_are_refused():
    for weak in ["password1234", "123456789012"]:
        with pytest.raises(ValidationError):
            validate_password(weak)


def test_production_hashes_with_argon2():
    """The suite uses a fast hasher; the real settings must put Argon2 first."""
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
    )
    code = (
        "from django.conf import settings; from django.contrib.auth.hashers import make_password; "
        "print(settings.PASSWORD_HASHERS[0]); print(make_password('a-long-enough-password')[:9])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.split()[-2:] == ["django.contrib.auth.hashers.Argon2PasswordHasher", "argon2$ar"]
