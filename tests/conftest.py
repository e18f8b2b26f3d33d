"""Shared fixtures. The test database is migrated like a real one (translation columns and
URL paths included) and the demo site is built once per session, then every test runs in a
transaction that is rolled back."""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Site

from tests.s3 import moto_server, s3_storage  # noqa: F401  (fixtures: a real S3 server, a bucket)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("setup_database", verbosity=0)
        from home.demo.build import DemoBuilder

        # Smaller images keep the renditions each test makes cheap; 1280×720 still fills a
        # 1200×630 OpenGraph image exactly.
        DemoBuilder(log=lambda *args: None, warm_renditions=False, scale=0.8).build()


@pytest.fixture(autouse=True)
def _fresh_site_memo():
    """The app server's memo of the site and its settings (serving.shared) outlives a
    test's rolled-back transaction; each test starts from the database it sees."""
    from serving import shared

    shared.forget()


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

    The mark is added at collection, not requested at run time, because pytest-django
    decides from the collected items whether to create the test database at all.
    """
    for item in items:
        if "browser" not in item.keywords:
            item.add_marker(pytest.mark.django_db)
    # Browser tests run last: Playwright's sync API keeps an event loop running in this
    # thread while Chromium is open, and Django refuses database work inside one.
    items.sort(key=lambda item: "browser" in item.keywords)


@pytest.fixture
def bare_home(home):
    """The home page with the demo's pages taken off the site (unpublished, in one query, in
    this test's transaction): for tests that build every page they look at."""
    Page.objects.descendant_of(home).update(live=False)
    return home


@pytest.fixture
def bare_search(bare_home):
    """`bare_home` with an empty search index: a search finds only the pages the test
    publishes, and corrects typos only towards their words (the home page, still live, is
    left out of the index too)."""
    from search.models import SearchEntry, SearchKey

    SearchKey.objects.all().delete()
    SearchEntry.objects.all().delete()
    return bare_home


@pytest.fixture
def filled_pages(bare_home):
    """One page of every public type with every part filled in (tests/filled_pages.py)."""
    from tests.filled_pages import every_page_type

    return every_page_type(bare_home)
