"""With Redis down, signing in and the lockouts keep working: both live in the database."""

import socket

import pytest
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.signin.conftest import browser, post_login


@pytest.fixture
def redis_down(settings):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/10",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    cache.set("probe", 1)
    assert cache.get("probe") is None, "the cache must really be unreachable"
    return port


def test_sign_in_with_both_factors_works_with_redis_down(editor, redis_down):
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    client = browser()
    assert post_login(client, "comms").status_code == 302
    assert client.post("/admin/two-factor/", {"token": f"{totp(device.bin_key):06d}"}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_lockout_holds_with_redis_down(editor, redis_down):
    client = browser()
    for _ in range(5):
        post_login(client, "comms", "wrong-password-123")
    assert post_login(client, "comms").status_code == 429
