"""Two-step sign-in in a real browser against gunicorn: enrol an app, sign in again with a code.

The code is computed here from the key the enrolment page shows, as an authenticator app would.
"""

import base64
import secrets

import pytest
from django_otp.oath import totp

pytestmark = pytest.mark.browser

PASSWORD = secrets.token_urlsafe(16)
HEADINGS = {"ar": "إعداد تسجيل الدخول بخطوتين", "en": "Set up two-step sign-in"}


@pytest.fixture(scope="module")
def editors(server):
    code = (
        "from django.contrib.auth import get_user_model; from wagtail.users.models import UserProfile\n"
        "for language in ['ar', 'en']:\n"
        f"    user = get_user_model().objects.create_superuser('browser-' + language, '', '{PASSWORD}')\n"
        "    profile = UserProfile.get_for_user(user)\n"
        "    profile.preferred_language = language\n"
        "    profile.save()\n"
    )
    server.manage("shell", "-c", code)
    return {language: f"browser-{language}" for language in ["ar", "en"]}


def app_code(key_text, periods_ahead=0):
    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    return f"{totp(key, drift=periods_ahead):06d}"


def password_step(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.login-form button[type=submit]").click()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_enrol_then_sign_in_with_a_code(new_page, server, editors, language):
    page = new_page()
    password_step(page, editors[language])
    assert "/admin/two-factor/enrol/" in page.url
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    assert HEADINGS[language] in page.locator("h1").inner_text()
    qr = page.locator("[data-testid=qr-code] svg")
    assert qr.is_visible() and qr.bounding_box()["width"] > 150
    key = page.locator("[data-testid=secret-key]").inner_text()
    page.fill("input[name=token]", app_code(key))
    with page.expect_navigation():
        page.locator("[data-testid=submit-code]").click()
    assert page.locator("[data-testid=backup-codes] li").count() == 10
    with page.expect_navigation():
        page.locator("[data-testid=continue]").click()
    assert page.url.rstrip("/").endswith("/admin")
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    # The enrolment and the admin load nothing from other hosts and break no policy (CSP
    # violations show up as console errors).
    assert page.watch.foreign == []
    assert [e for e in page.watch.errors if "Content Security Policy" in e] == []

    # Another browser: the password alone stops at the code; the app's next code opens the admin.
    again = new_page()
    password_step(again, editors[language])
    assert "/admin/two-factor/" in again.url and "enrol" not in again.url
    again.goto("/admin/pages/")
    assert "/admin/two-factor/" in again.url
    again.fill("input[name=token]", app_code(key, periods_ahead=1))
    with again.expect_navigation():
        again.locator("[data-testid=submit-code]").click()
    assert again.url.endswith("/admin/pages/")
    assert again.get_attribute("html", "lang") == language


def test_static_files_carry_the_security_headers(server):
    import urllib.request

    with urllib.request.urlopen(f"{server.base_url}/ar/") as response:  # noqa: S310 (our loopback server)
        html = response.read().decode()
    import re

    stylesheet = re.search(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html) or re.search(
        r'href="(/static/[^"]+\.css)"', html
    )
    with urllib.request.urlopen(f"{server.base_url}{stylesheet.group(1)}") as response:  # noqa: S310
        assert response.status == 200
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
