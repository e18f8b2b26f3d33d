"""/health/: JSON naming the database and the cache; never cached, no cookie."""

import json
import socket

import pytest
from django.test import override_settings


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }


def test_health_names_database_and_cache(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"]["state"] == "ok"
    assert body["database"]["vendor"] in {"sqlite", "postgresql"}
    assert body["cache"] == {"state": "ok", "backend": "LocMemCache"}


def test_health_is_never_cached_and_sets_no_cookie(client):
    client.cookies.clear()
    response = client.get("/health/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("language", ["ar", "en"])
def test_health_needs_no_language_prefix(client, language):
    response = client.get("/health/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert client.get(f"/{language}/health/").status_code == 404


def test_health_answers_head_and_refuses_post(client):
    assert client.head("/health/").status_code == 200
    assert client.post("/health/").status_code == 405


def test_health_with_redis(client):
    with override_settings(CACHES=redis_cache("redis://127.0.0.1:6379/14")):
        body = json.loads(client.get("/health/").content)
    assert body["cache"] == {"state": "ok", "backend": "RedisCache"}


def test_redis_away_is_reported_but_still_200(client):
    # A real django-redis client pointed at a port where nothing listens.
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{free_port()}/14")):
        response = client.get("/health/")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["cache"]["state"] == "unavailable"
    assert body["database"]["state"] == "ok"


def test_health_is_exempt_from_the_https_redirect(client):
    with override_settings(SECURE_SSL_REDIRECT=True):
        assert client.get("/health/").status_code == 200
        assert client.get("/ar/").status_code == 301
