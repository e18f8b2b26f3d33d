"""Shared fixtures. The test database is migrated like a real one (translation columns and
URL paths included) and the demo site is built once per session, then every test runs in a
transaction that is rolled back."""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)
        call_command("set_translation_url_paths")
        from home.demo.build import DemoBuilder

        DemoBuilder(log=lambda *args: None).build()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def client():
    return Client()


def pytest_collection_modifyitems(items):
    """Every test may read the demo site; browser tests manage their own server and data.

    A marker rather than an autouse fixture that asks for `db` dynamically: with pytest 9
    and pytest-django 4.14 that request skips the test-database set-up (the tests then hit
    the real database name).
    """
    for item in items:
        if "browser" not in item.keywords:
            item.add_marker(pytest.mark.django_db)
    # Browser tests run last: Playwright's sync API keeps an event loop running in this
    # thread while Chromium is open, and Django refuses database work inside one.
    items.sort(key=lambda item: "browser" in item.keywords)
