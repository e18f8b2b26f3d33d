"""The browser tests' session helper signs an editor in the way a real sign-in does.

tests/browser/admin_session.py writes a session straight into the database. It once recorded
axes' guard (first in AUTHENTICATION_BACKENDS) as the sign-in backend; that backend cannot
load a user, so on the browser server every admin page failed, in the default language.
Here the same helper runs in-process and the test client uses the session it made.
"""

import json

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, SESSION_KEY
from django.test import Client

from tests.browser import admin_session
from tests.factories import StandardPageFactory
from tests.helpers import parse


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_helpers_session_opens_an_edit_form_in_the_editors_language(capsys, home, language):
    admin_session.create(f"editor_{language}", language)
    made = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    client = Client()
    client.cookies[made["cookie"]] = made["session"]
    page = StandardPageFactory(parent=home)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert parse(response).html_attrs["lang"] == language


def test_the_recorded_backend_is_the_one_a_real_sign_in_records(client, django_user_model):
    from django.contrib.sessions.backends.db import SessionStore

    django_user_model.objects.create_user("real", password="a long enough passphrase")
    assert (
        client.post("/admin/login/", {"username": "real", "password": "a long enough passphrase"}).status_code
        == 302
    )
    real = SessionStore(client.cookies[settings.SESSION_COOKIE_NAME].value)
    assert real[SESSION_KEY]
    assert real[BACKEND_SESSION_KEY] == admin_session.session_backend()
