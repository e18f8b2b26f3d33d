"""Login throttling (django-axes): per account and address, per address, in both languages."""

import re

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import override_settings

from tests.helpers import parse
from tests.signin.conftest import PASSWORD, browser, make_editor, post_login

LANGUAGES = [("ar", "محاولات كثيرة", "rtl"), ("en", "Too many attempts", "ltr")]


def fail(client, username, times):
    return [post_login(client, username, "wrong-password-123").status_code for _ in range(times)]


@pytest.mark.parametrize(("language", "heading", "direction"), LANGUAGES)
def test_five_failures_lock_the_account_from_that_address(editor, language, heading, direction):
    client = browser(language)
    assert fail(client, "comms", 4) == [200, 200, 200, 200]
    locked = post_login(client, "comms", "wrong-password-123")
    assert locked.status_code == 429
    body = locked.content.decode()
    assert heading in body
    assert parse(locked).html_attrs["dir"] == direction
    assert 1700 <= int(locked["Retry-After"]) <= 1800  # thirty minutes
    assert re.search(r"\b30\b", body), "the page says how long to wait"
    # The right password is refused too, and the wait is not extended by knocking.
    right = post_login(client, "comms")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    assert int(right["Retry-After"]) <= int(locked["Retry-After"])


def test_the_lock_is_for_that_address_only(editor):
    fail(browser(address="198.51.100.7"), "comms", 5)
    other = browser(address="203.0.113.9")
    assert post_login(other, "comms").status_code == 302
    assert "_auth_user_id" in other.session


def test_the_lock_ends_after_thirty_minutes(editor):
    client = browser()
    fail(client, "comms", 5)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time.replace(year=2000))
    assert post_login(client, "comms").status_code == 302


def test_the_unlock_command_lifts_the_lock(editor):
    client = browser()
    fail(client, "comms", 5)
    assert post_login(client, "comms").status_code == 429
    call_command("axes_reset_username", "comms", verbosity=0)
    assert post_login(client, "comms").status_code == 302


@pytest.mark.parametrize(("language", "heading", "direction"), LANGUAGES)
def test_credential_stuffing_from_one_address_is_stopped(editor, settings, language, heading, direction):
    """One password tried on many accounts: the address is stopped across accounts."""
    client = browser(language)
    limit = settings.SIGNIN_ADDRESS_FAILURE_LIMIT
    statuses = [post_login(client, f"user{n}", "Summer2026!").status_code for n in range(limit)]
    assert statuses[:-1] == [200] * (limit - 1) and statuses[-1] == 429
    # Now even a real editor with the right password is refused from that address…
    refused = post_login(client, "comms")
    assert refused.status_code == 429 and heading in refused.content.decode()
    assert parse(refused).html_attrs["dir"] == direction
    # …but not from elsewhere.
    assert post_login(browser(address="203.0.113.9"), "comms").status_code == 302


@pytest.mark.parametrize(("language", "message"), [("ar", "254"), ("en", "at most 254 characters")])
def test_a_ten_thousand_character_username_is_a_clear_form_error(editor, language, message):
    client = browser(language)
    for _ in range(6):
        response = post_login(client, "x" * 10_000)
        assert response.status_code == 200
        assert message in response.content.decode()
    assert post_login(client, "comms").status_code == 302


def test_lockout_store_works_with_a_long_username_from_axes_side(editor):
    """axes' own column is 255 characters: what it records is cut to fit (PostgreSQL refuses more)."""
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    request = RequestFactory().post("/admin/login/", REMOTE_ADDR="198.51.100.7")
    assert authenticate(request, username="y" * 300, password=PASSWORD) is None
    assert AccessAttempt.objects.get().username == "y" * 255


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.1"])
def test_a_forged_forwarded_for_does_not_dodge_the_lock(editor):
    """A client not behind the trusted proxy cannot pretend to be a new address each time."""
    for n in range(5):
        post_login(browser(HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"), "comms", "wrong-password-123")
    assert post_login(browser(HTTP_X_FORWARDED_FOR="192.0.2.99"), "comms").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


@override_settings(FORWARDED_ALLOW_IPS=["10.0.0.1"])
def test_behind_the_trusted_proxy_each_client_is_locked_separately(editor):
    def via_proxy(forwarded):
        return browser(address="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    for _ in range(5):
        post_login(via_proxy("192.0.2.10"), "comms", "wrong-password-123")
    assert post_login(via_proxy("192.0.2.10"), "comms").status_code == 429
    # A client behind the proxy writing its own header first still counts as itself.
    assert post_login(via_proxy("203.0.113.50, 192.0.2.10"), "comms").status_code == 429
    assert post_login(via_proxy("192.0.2.11"), "comms").status_code == 302


@pytest.mark.parametrize("forwarded", ["not-an-address", "1.2.3.4, <script>", "" * 3, "::1, 999.1.1.1"])
def test_garbage_forwarded_for_never_breaks_sign_in(editor, forwarded):
    client = browser(address="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert post_login(client, "comms", "wrong-password-123").status_code == 200
    assert post_login(client, "comms").status_code == 302


def test_a_new_editor_password_is_not_enough_to_reach_the_admin(db):
    make_editor("fresh")
    client = browser()
    response = post_login(client, "fresh", PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/").url.startswith("/admin/two-factor/")
