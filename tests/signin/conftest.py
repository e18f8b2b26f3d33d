import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.users.models import UserProfile

PASSWORD = "a-long-enough-password"


def make_editor(username="comms", language=""):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def editor(db):
    return make_editor()


def browser(language="ar", address="198.51.100.7", **headers):
    """A client from one address; the admin's language before sign-in follows the browser."""
    return Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language, **headers)


def post_login(client, username, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)
