"""Password-reset e-mails are limited per address and per account, in both languages."""

import pytest
from django.core import mail

from tests.helpers import parse
from tests.signin.conftest import browser


def ask(client, email):
    return client.post("/admin/password_reset/", {"email": email})


@pytest.mark.parametrize(
    ("language", "heading"), [("ar", "طلبات استعادة كثيرة"), ("en", "Too many reset requests")]
)
def test_one_account_gets_a_few_emails_then_a_429(editor, settings, language, heading):
    limit = settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT
    for n in range(limit):
        # From different addresses: the per-account limit holds across them.
        assert ask(browser(language, address=f"192.0.2.{n}"), "comms@example.org").status_code == 302
    assert len(mail.outbox) == limit
    refused = ask(browser(language, address="192.0.2.200"), "COMMS@example.org ")
    assert refused.status_code == 429
    assert heading in refused.content.decode()
    assert parse(refused).html_attrs["dir"] == ("rtl" if language == "ar" else "ltr")
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert len(mail.outbox) == limit


def test_one_address_cannot_ask_for_many_accounts(editor, settings):
    client = browser("en")
    limit = settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    statuses = [ask(client, f"someone{n}@example.org").status_code for n in range(limit + 1)]
    assert statuses == [302] * limit + [429]
    # Another address may still ask for its own account.
    assert ask(browser("en", address="203.0.113.4"), "comms@example.org").status_code == 302


def test_bad_input_is_a_form_error_not_a_500(editor):
    client = browser("en")
    assert ask(client, "x" * 10_000).status_code == 200
    assert client.post("/admin/password_reset/", {}).status_code == 200
