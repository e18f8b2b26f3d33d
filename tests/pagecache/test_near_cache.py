"""The front with Redis behind it: while this process hears every purge, a hit sends nothing
to Redis; a purge elsewhere empties it before the purge returns; an entry rendered across a
purge is not kept; a lost subscription falls back to checking every hit, and once heard
again nothing held before is served. Real Redis (TEST_REDIS_URL's database), reached
through a relay that counts what the site sends it."""

import logging
import time

import pytest
import redis
from django.core.cache import caches
from django.test import RequestFactory
from wagtail import hooks

from home.models import StandardPage
from pagecache import front, invalidation, keys, store
from tests.helpers import url_in
from tests.pagecache.redis_proxy import CountingProxy
from tests.pagecache.servers import REDIS_URL

DB = int(REDIS_URL.rsplit("/", 1)[1])
CHANNEL = f"pages:purged@{DB}"


@pytest.fixture
def relay(settings, monkeypatch):
    """The `pages` alias on the tests' Redis database, through a counting relay."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    # Quicker to subscribe again than in production, so the tests do not wait five seconds.
    monkeypatch.setattr(store, "RETRY_AFTER_SECONDS", 0.5)
    with CountingProxy(REDIS_URL) as proxy:
        settings.PAGE_CACHE_SECONDS = 300
        settings.CACHES = {
            **settings.CACHES,
            "pages": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": proxy.url,
                "KEY_PREFIX": "pages",
                "TIMEOUT": None,
                "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
            },
        }
        store.reset_health()
        front.forget()
        yield proxy
    store.reset_health()
    front.forget()
    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture
def story():
    return StandardPage.objects.live().order_by("path").first()


def wait_for(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def hearing():
    near = invalidation.listener()
    return near is not None and near.answers()


def warm(client, url):
    """Cached, held in the front, and this process subscribed: the next hit is the front's."""
    client.get(url)
    wait_for(hearing)
    client.get(url)  # the subscription emptied the front: held again from Redis


def sent_for(relay, action):
    """Bytes the site sent to Redis while `action` ran (and a moment after, for stragglers)."""
    before = relay.sent
    result = action()
    time.sleep(0.05)
    return relay.sent - before, result


def purge_elsewhere(path):
    """What a purge on another app server does: a new generation, then the message."""
    other = caches.create_connection("pages")
    other.set(keys.generation_key(path), store.new_generation(), None)
    return invalidation.announce(other)


def kill_listeners(relay):
    """CLIENT KILL the listener connections of this process (the relay's), none else."""
    direct = redis.Redis.from_url(REDIS_URL)
    ours = relay.upstream_addresses()
    killed = 0
    for client in direct.client_list(_type="pubsub"):
        if client["addr"] in ours and client["name"] == invalidation.CLIENT_NAME:
            direct.client_kill_filter(_id=client["id"])
            killed += 1
    return killed


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_hit_from_the_front_sends_nothing_to_redis(client, relay, story, language):
    url = url_in(story, language)
    first = client.get(url)
    warm(client, url)
    sent, responses = sent_for(relay, lambda: [client.get(url) for _ in range(20)])
    assert sent == 0
    assert {response["X-Page-Cache"] for response in responses} == {"hit"}
    assert all(response.content == first.content for response in responses)
    assert f'lang="{language}"' in responses[-1].content.decode()


def test_a_purge_elsewhere_empties_the_front_before_it_returns(client, relay, story):
    urls = [url_in(story, "ar"), url_in(story, "en")]
    for url in urls:
        warm(client, url)
    assert purge_elsewhere(RequestFactory().get(urls[1]).path) == 0  # every listener confirmed
    # The purged English page is rendered again; the Arabic one, not purged, comes from Redis.
    sent, ar = sent_for(relay, lambda: client.get(urls[0]))
    assert ar["X-Page-Cache"] == "hit" and sent > 0
    assert client.get(urls[1])["X-Page-Cache"] == "miss"
    sent, again = sent_for(relay, lambda: client.get(urls[1]))
    assert again["X-Page-Cache"] == "hit" and sent == 0


def test_an_entry_rendered_across_a_purge_is_not_kept_in_the_front(client, relay, story):
    url = url_in(story, "en")
    path = RequestFactory().get(url).path
    warm(client, url)
    purge_elsewhere(path)

    def purged_while_rendering(page, request, serve_args, serve_kwargs):
        purge_elsewhere(path)

    with hooks.register_temporarily("before_serve_page", purged_while_rendering):
        rendered = client.get(url)
    assert rendered["X-Page-Cache"] == "miss"
    # Stored under the generation read before the purge: neither Redis nor the front has it.
    sent, after = sent_for(relay, lambda: client.get(url))
    assert after["X-Page-Cache"] == "miss" and sent > 0
    # Rendered with no purge in between: kept, and served from the front.
    sent, kept = sent_for(relay, lambda: client.get(url))
    assert kept["X-Page-Cache"] == "hit" and sent == 0


def test_a_lost_subscription_checks_every_hit_then_forgets_what_it_held(
    client, relay, story, monkeypatch, caplog
):
    purged, kept = url_in(story, "en"), url_in(story, "ar")
    for url in (purged, kept):
        warm(client, url)
    # Long enough to act while the listener waits to subscribe again.
    monkeypatch.setattr(store, "RETRY_AFTER_SECONDS", 3.0)
    with caplog.at_level(logging.INFO, logger="pagecache"):
        assert kill_listeners(relay) == 1
        wait_for(lambda: not invalidation.listener().listening)
        # Not hearing purges: each hit asks Redis for the generations, and is still a hit.
        for url in (purged, kept, purged):
            sent, response = sent_for(relay, lambda url=url: client.get(url))
            assert response["X-Page-Cache"] == "hit" and sent > 0
        # A purge this process cannot hear of; it does not read the page meanwhile.
        purge_elsewhere(RequestFactory().get(purged).path)
        assert not invalidation.listener().listening
        wait_for(hearing)
    # Heard again: what the front held before is gone, so the purge is not missed.
    assert client.get(purged)["X-Page-Cache"] == "miss"
    sent, response = sent_for(relay, lambda: client.get(kept))
    assert response["X-Page-Cache"] == "hit" and sent > 0
    messages = [record.getMessage() for record in caplog.records]
    assert any("purge messages lost" in message for message in messages)
    assert any("heard again" in message for message in messages)
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


def test_a_purge_waits_about_a_second_for_a_silent_subscriber_and_warns_once(client, relay, story, caplog):
    url = url_in(story, "en")
    warm(client, url)
    silent = redis.Redis.from_url(REDIS_URL).pubsub()
    silent.subscribe(CHANNEL)  # subscribed, never acknowledges
    try:
        assert silent.get_message(timeout=2)["type"] == "subscribe"
        started = time.monotonic()
        with caplog.at_level(logging.INFO, logger="pagecache"):
            assert store.bump([keys.generation_key(RequestFactory().get(url).path)])
        waited = time.monotonic() - started
    finally:
        silent.close()
    assert invalidation.ACK_SECONDS <= waited < invalidation.ACK_SECONDS + 0.5
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.getMessage()[:45] for record in warnings] == [
        "Page cache purge: 1 of 2 app processes did no"
    ]
    # The purge itself went through: this process's listener confirmed it in time.
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_purges_are_announced_on_a_channel_of_this_database_only(client, relay, story):
    warm(client, url_in(story, "en"))
    direct = redis.Redis.from_url(REDIS_URL)
    assert dict(direct.pubsub_numsub(CHANNEL)) == {CHANNEL.encode(): 1}
    other_database = f"pages:purged@{(DB + 1) % 16}"
    assert dict(direct.pubsub_numsub(other_database)) == {other_database.encode(): 0}
