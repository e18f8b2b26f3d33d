"""A Redis outage serves every page uncached with one warning; a CDN in front is purged
with the same URLs through Wagtail's frontend_cache."""

import logging
import socket
from urllib.parse import unquote

import pytest
from django.core.cache import caches
from wagtail.models import Site

from home.models import HomePage
from pagecache import store
from tests.factories import InnovationFactory, PartnerFactory, PartnerIndexFactory, ShowcaseIndexFactory
from tests.helpers import url_in
from tests.pagecache.reading import fetch
from tests.pagecache.recorder import PurgeRecorder
from tests.pagecache.servers import REDIS_URL

pytestmark = pytest.mark.usefixtures("page_cache")
LANGUAGES = ("ar", "en")


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The page cache pointed at a port where nothing listens, like a stopped Redis."""
    working = settings.CACHES["pages"]
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/11",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        },
    }
    yield
    settings.CACHES = {**settings.CACHES, "pages": working}


# Built without publishing revisions: a publish purges the cache, and these pages may be
# built while the cache is down, before the test watches for the outage's one warning.


@pytest.fixture
def showcase(home):
    return ShowcaseIndexFactory(parent=home)


@pytest.fixture
def innovation(home, showcase):
    """An innovation with a partner."""
    return InnovationFactory(
        parent=showcase, partners=[PartnerFactory(parent=PartnerIndexFactory(parent=home))]
    )


@pytest.mark.parametrize("retry_after", [store.RETRY_AFTER_SECONDS, 0])
def test_redis_down_serves_every_page_with_one_warning(
    client, redis_down, innovation, caplog, monkeypatch, retry_after
):
    # With no pause between tries too, each request fails against Redis and still warns once.
    monkeypatch.setattr(store, "RETRY_AFTER_SECONDS", retry_after)
    with caplog.at_level(logging.INFO, logger="pagecache"):
        for _round in range(3):
            for language in LANGUAGES:
                response, _hit = fetch(client, url_in(innovation, language))
                assert response.status_code == 200
                # Still public: the headers do not depend on the cache being up.
                assert "public" in response["Cache-Control"]
        innovation.title_en = "Published while Redis is down"
        innovation.save_revision().publish()  # the purge fails quietly
        assert "Published while Redis is down" in client.get(url_in(innovation, "en")).content.decode()
    # Nothing more from the purge messages' listener, which cannot subscribe either.
    warnings = [record for record in caplog.records if record.name.startswith("pagecache")]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING


def test_a_purge_missed_during_an_outage_purges_everything_on_recovery(client, settings, innovation):
    url = url_in(innovation, "ar")
    client.get(url)
    assert fetch(client, url)[1]
    working = settings.CACHES["pages"]
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/11",
        },
    }
    innovation.title_ar = "عنوان أثناء الانقطاع"
    innovation.save_revision().publish()
    settings.CACHES = {**settings.CACHES, "pages": working}
    store.health.down_until = 0.0  # the pause after the failure is over
    response, hit = fetch(client, url)
    assert not hit and "عنوان أثناء الانقطاع" in response.content.decode()


def test_cdn_gets_purge_requests_for_every_url_in_both_languages(
    client, settings, innovation, showcase, django_capture_on_commit_callbacks
):
    partner = innovation.partners.first()
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    with PurgeRecorder() as cdn:
        settings.WAGTAILFRONTENDCACHE = {
            "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": cdn.url}
        }
        with django_capture_on_commit_callbacks(execute=True):
            innovation.title_en = "Purged at the CDN"
            innovation.save_revision().publish()
    for language in LANGUAGES:
        for page in (innovation, showcase, partner, home):
            assert unquote(url_in(page, language)) in cdn.paths, (language, page)
        assert f"/{language}/search/" in cdn.paths
    assert "/sitemap.xml" in cdn.paths
    expected_host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    assert {host for host, _path in cdn.requests} == {expected_host}
    # Nothing purged twice, nothing outside the site.
    assert len(cdn.requests) == len(cdn.paths)


def test_redis_is_the_shared_cache_when_configured(settings):
    # The real Redis of this machine, the tests' database: entries written through one
    # connection are read through another, as two app servers do.
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL},
    }
    caches["pages"].set("probe", "shared", 5)
    assert caches["pages"].get("probe") == "shared"
