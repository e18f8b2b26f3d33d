"""The in-process front: a worker serves the entries it holds once the shared cache confirms
their generations, and never after a purge or a flush."""

import time

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from pagecache import front, keys, store
from pagecache.responses import Entry
from tests.factories import StandardPageFactory
from tests.helpers import url_in

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture(autouse=True)
def empty_front():
    front.forget()
    yield
    front.forget()


@pytest.fixture
def story(home):
    return StandardPageFactory(parent=home, intro={"ar": "مقدمة", "en": "Introduction"})


def lookup(url):
    return keys.lookup_for(RequestFactory().get(url))


def shared_entry_dropped(url):
    """Take the entry out of the shared cache only: what answers now is the front."""
    caches["pages"].delete(lookup(url).key)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_held_entry_is_served_without_fetching_it_again(client, story, language):
    url = url_in(story, language)
    first = client.get(url)
    shared_entry_dropped(url)
    second = client.get(url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert f'lang="{language}"' in second.content.decode()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_purge_from_any_server_reaches_the_front(client, story, language):
    url = url_in(story, language)
    client.get(url)
    shared_entry_dropped(url)
    # What another app server's publish writes: new generations in the shared cache.
    store.bump([lookup(url).generation_key])
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_publishing_reaches_the_front_in_both_languages(client, story):
    urls = [url_in(story, "ar"), url_in(story, "en")]
    for url in urls:
        client.get(url)
        shared_entry_dropped(url)
    story.save_revision().publish()
    assert [client.get(url)["X-Page-Cache"] for url in urls] == ["miss", "miss"]


def test_a_flushed_shared_cache_is_not_outlived_by_the_front(client, story):
    url = url_in(story, "ar")
    client.get(url)
    caches["pages"].clear()  # an operator's FLUSHDB, or a restarted Redis without persistence
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_an_entry_fetched_after_a_purge_is_held_again(client, story):
    url = url_in(story, "en")
    client.get(url)
    store.bump([lookup(url).generation_key])
    client.get(url)  # miss: rendered and stored under the new generation
    shared_entry_dropped(url)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_an_outage_stops_the_front_from_answering(client, story, monkeypatch):
    url = url_in(story, "ar")
    client.get(url)

    def unreachable(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(caches["pages"], "get_many", unreachable)
    # Without the shared generations nothing proves the held copy current: render instead.
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"


def entry(size, expires_in=300.0):
    return Entry(("a", "b"), 200, (), 'W/"x"', "public", b"x" * size, None, None, time.time() + expires_in)


def test_the_front_keeps_to_its_budget_dropping_the_least_recently_used(monkeypatch):
    monkeypatch.setattr(front, "BUDGET_BYTES", 8_000)
    for name in "abc":
        front.put(name, entry(1_000), 60)
    front.get("a")  # used: "b" is now the oldest
    for name in "defghij":
        front.put(name, entry(1_000), 60)
    assert front.held_bytes() <= 8_000
    assert front.get("a") is not None
    assert front.get("b") is None


def test_the_front_keeps_no_entry_past_its_lifetime_nor_a_huge_one(monkeypatch):
    front.put("gone", entry(100), 0)
    front.put("expired", entry(100), -1)
    monkeypatch.setattr(front, "BUDGET_BYTES", 8_000)
    front.put("huge", entry(2_000), 60)
    assert front.get("gone") is front.get("expired") is front.get("huge") is None
    assert front.held_bytes() == 0


def test_an_entry_is_not_served_from_the_front_after_it_expires(monkeypatch):
    clock = [1_000.0]
    monkeypatch.setattr(front.time, "monotonic", lambda: clock[0])
    front.put("page", entry(100), 30)
    assert front.get("page") is not None
    clock[0] += 31
    assert front.get("page") is None
    assert front.held_bytes() == 0


def test_an_entry_from_before_a_forget_is_refused():
    # Generations read, then a purge processed (forget), then the rendered entry offered.
    epoch = front.epoch()
    front.forget()
    assert not front.put("page", entry(100), 60, epoch)
    assert front.get("page") is None
    assert front.put("page", entry(100), 60, front.epoch())
    assert front.get("page") is not None
