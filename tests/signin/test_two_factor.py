"""Two-factor sign-in: enrol at the first sign-in, then a code every time; both languages."""

import re

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory
from tests.helpers import parse, sign_in, url_in
from tests.signin.conftest import browser, make_editor, post_login

LANGUAGES = [("ar", "rtl", "إعداد تسجيل الدخول بخطوتين"), ("en", "ltr", "Set up two-step sign-in")]


def code(device, steps_ahead=0):
    """What the editor's app shows now (or `steps_ahead` periods later)."""
    return f"{totp(device.bin_key, step=device.step, drift=steps_ahead):06d}"


def password_step(username="comms", language=""):
    user = make_editor(username, language)
    client = browser()
    assert post_login(client, username).status_code == 302
    return user, client


def enrol(client):
    page = client.get("/admin/two-factor/enrol/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(confirmed=False)
    done = client.post("/admin/two-factor/enrol/", {"token": code(device), "next": "/admin/pages/"})
    assert done.status_code == 200
    return device, re.findall(r"<li>([a-z2-7]{8})</li>", done.content.decode())


@pytest.mark.parametrize(("language", "direction", "heading"), LANGUAGES)
def test_first_sign_in_enrols_an_app_in_the_admin_language(db, language, direction, heading):
    user, client = password_step(language=language)
    # Every admin view waits for the second factor.
    for url in ["/admin/", "/admin/pages/", "/admin/users/", "/admin/reports/translation-status/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/admin/two-factor/"), url
    response = client.get("/admin/two-factor/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/two-factor/enrol/")
    page = response.content.decode()
    assert heading in page
    attrs = parse(response).html_attrs
    assert (attrs["lang"], attrs["dir"]) == (language, direction)
    # The QR code is drawn here, as inline SVG: no image from another host, no secret in a URL.
    assert re.search(r'data-testid="qr-code"[^>]*>\s*<svg', page)
    assert "chart.googleapis" not in page and "otpauth://" not in page
    device, codes = enrol(client)
    device.refresh_from_db()
    assert device.confirmed
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/admin/pages/").status_code == 200


def test_an_enrolled_editor_enters_a_code_each_sign_in(db):
    user, client = password_step()
    device, _codes = enrol(client)
    again = browser()
    assert post_login(again, "comms").status_code == 302
    assert again.get("/admin/").url.startswith("/admin/two-factor/?")
    # A password alone can never enrol a second app once one is confirmed.
    assert again.get("/admin/two-factor/enrol/").url.startswith("/admin/two-factor/")
    assert again.post("/admin/two-factor/enrol/", {"token": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=user).count() == 1
    verified = again.post(
        "/admin/two-factor/", {"token": code(device, steps_ahead=1), "next": "/admin/pages/"}
    )
    assert verified.status_code == 302 and verified.url == "/admin/pages/"
    assert again.get("/admin/pages/").status_code == 200


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ar", "أدخل الرمز المكوَّن من ستة أرقام"),
        ("en", "Enter the six-digit code from your authenticator app"),
    ],
)
@pytest.mark.parametrize("token", ["abcdef", "12345", "1234567", "' OR 1=1 --", "x" * 5000, "١٢٣"])
def test_codes_that_are_not_codes_get_a_clear_answer(db, language, message, token):
    user = make_editor(language=language)
    client = browser()
    post_login(client, "comms")
    TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    response = client.post("/admin/two-factor/", {"token": token})
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body or (token == "x" * 5000 and response.status_code == 400)
    assert client.get("/admin/").status_code == 302


def test_arabic_indic_digits_are_accepted(db):
    user, client = password_step()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    arabic = code(device).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert client.post("/admin/two-factor/", {"token": arabic}).status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    ("language", "message"), [("ar", "استُخدم من قبل"), ("en", "That code is wrong, expired or used already.")]
)
def test_a_replayed_code_is_refused(db, language, message):
    user, first = password_step(language=language)
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    token = code(device)
    assert first.post("/admin/two-factor/", {"token": token}).status_code == 302
    second = browser()
    post_login(second, "comms")
    replay = second.post("/admin/two-factor/", {"token": token})
    assert replay.status_code == 400
    assert message in replay.content.decode()
    assert second.get("/admin/").status_code == 302


@pytest.mark.parametrize(("language", "message"), [("ar", "استُخدم من قبل"), ("en", "used already")])
def test_a_backup_code_works_once(db, language, message):
    _user, client = password_step(language=language)
    _device, codes = enrol(client)
    assert StaticToken.objects.count() == 10
    first = browser()
    post_login(first, "comms")
    assert first.post("/admin/two-factor/", {"token": codes[0].upper()}).status_code == 302
    assert first.get("/admin/").status_code == 200
    second = browser()
    post_login(second, "comms")
    reused = second.post("/admin/two-factor/", {"token": codes[0]})
    assert reused.status_code == 400 and message in reused.content.decode()
    assert second.get("/admin/").status_code == 302
    assert StaticToken.objects.count() == 9


def test_wrong_codes_slow_down_guessing(db):
    user, client = password_step()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    for _ in range(3):
        client.post("/admin/two-factor/", {"token": "000000"})
    # Even the right code waits out the throttle (it doubles with each wrong one).
    throttled = client.post("/admin/two-factor/", {"token": code(device)})
    assert throttled.status_code == 400
    assert "Wait" in throttled.content.decode() or "انتظر" in throttled.content.decode()
    assert client.get("/admin/").status_code == 302


def test_half_signed_in_is_anonymous_on_the_public_site(home):
    """A page for signed-in visitors only stays closed to a password without the code."""
    story = StandardPageFactory(parent=home)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    user, client = password_step()
    for language in ["ar", "en"]:
        response = client.get(url_in(story, language))
        assert response.status_code == 302 and "login" in response.url
    sign_in(client, user)
    assert client.get(url_in(story, "en")).status_code == 200


def test_admin_ajax_without_second_factor_is_forbidden(db):
    _user, client = password_step()
    assert (
        client.get("/admin/pages/search/", headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    )


def test_the_icon_sprite_loads_half_signed_in(db):
    """The enrolment page draws its icons from the admin's sprite, which must not redirect."""
    _user, client = password_step()
    response = client.get("/admin/sprite/")
    assert response.status_code == 200 and "<svg" in response.content.decode()


def test_signing_out_is_possible_half_signed_in(db):
    _user, client = password_step()
    assert client.post("/admin/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_next_address_stays_on_this_site(db):
    user, client = password_step()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    response = client.post("/admin/two-factor/", {"token": code(device), "next": "https://evil.example/"})
    assert response.status_code == 302 and response.url == "/admin/"


def test_reset_command_makes_the_editor_enrol_again(db):
    user, client = password_step()
    enrol(client)
    assert client.get("/admin/").status_code == 200
    call_command("reset_two_factor", "comms", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=user).exists()
    # The verified session no longer counts, and the next step is enrolment.
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/two-factor/").url.startswith("/admin/two-factor/enrol/")


def test_reset_command_refuses_an_unknown_account(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")


def test_the_demo_admin_enrols_at_first_sign_in(db, monkeypatch):
    from io import StringIO

    monkeypatch.setenv("DEMO_ADMIN_USERNAME", "demo-admin")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-demo-password")
    call_command("load_demo_content", stdout=StringIO())
    client = browser()
    assert post_login(client, "demo-admin", "a-long-demo-password").status_code == 302
    assert client.get("/admin/", follow=True).redirect_chain[-1][0].startswith("/admin/two-factor/enrol/")


def test_sign_in_helper_passes_the_second_factor(db):
    user = make_editor()
    client = sign_in(browser(), user)
    assert client.get("/admin/").status_code == 200
