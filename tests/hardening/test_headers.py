"""Headers on every response, and /.well-known/security.txt."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

URLS = ["/ar/", "/en/", "/admin/login/", "/robots.txt", "/ar/no-such-page/", "/.well-known/security.txt"]


@pytest.mark.parametrize("url", URLS)
def test_permissions_policy_and_resource_policy_on_every_response(client, url):
    response = client.get(url)
    policy = response["Permissions-Policy"]
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert f"{feature}=()" in policy
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_hsts_as_before(client, settings):
    response = client.get("/ar/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def security_txt(client, **headers):
    return client.get("/.well-known/security.txt", **headers)


def test_security_txt_fields(client, settings):
    settings.SECURITY_TXT_CONTACT = "mailto:security@example.org https://example.org/report"
    settings.SECURITY_TXT_EXPIRES = ""
    response = security_txt(client, secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = [line.split(": ", 1) for line in response.content.decode().splitlines()]
    assert ["Contact", "mailto:security@example.org"] in fields
    assert ["Contact", "https://example.org/report"] in fields
    assert ["Preferred-Languages", "ar, en"] in fields
    assert ["Canonical", "https://testserver/.well-known/security.txt"] in fields
    expires = dict(fields)["Expires"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", expires)
    moment = timezone.datetime.fromisoformat(expires)
    assert timezone.now() < moment < timezone.now() + timedelta(days=365)


def test_security_txt_expires_from_settings(client, settings):
    settings.SECURITY_TXT_CONTACT = "mailto:security@example.org"
    settings.SECURITY_TXT_EXPIRES = (timezone.now() + timedelta(days=90)).date().isoformat()
    body = security_txt(client).content.decode()
    assert f"Expires: {settings.SECURITY_TXT_EXPIRES}T00:00:00Z" in body


@pytest.mark.parametrize(("days", "code"), [(-1, "hardening.W001"), (400, "hardening.W002")])
def test_a_stale_or_too_distant_expiry_is_flagged(settings, days, code):
    from hardening.checks import security_txt_expiry

    settings.SECURITY_TXT_EXPIRES = (timezone.now() + timedelta(days=days)).date().isoformat()
    assert [message.id for message in security_txt_expiry(None)] == [code]
    settings.SECURITY_TXT_EXPIRES = "next spring"
    assert [message.id for message in security_txt_expiry(None)] == ["hardening.E001"]


def test_no_contact_no_security_txt(client, settings):
    settings.SECURITY_TXT_CONTACT = ""
    assert security_txt(client).status_code == 404


def test_checks_pass_with_the_defaults():
    call_command("check", "--fail-level", "WARNING")
