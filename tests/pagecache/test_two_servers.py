"""Real app servers (gunicorn, production mode) share the database and Redis: a page
cached through one is served by the other, and a publish made from another process is seen
at once on every server, in both languages, and sent to the CDN. A worker's hit sends
nothing to Redis while it hears purges; a killed subscription falls back to checking each
hit, and once heard again nothing held before is served. With Redis down, a server still
serves every page and warns once."""

import json
import socket
import time
import urllib.error
import urllib.request
from typing import NamedTuple
from urllib.parse import unquote

import pytest
import redis
from django_redis.cache import RedisCache

from pagecache import invalidation, keys
from tests.pagecache.recorder import PurgeRecorder
from tests.pagecache.redis_proxy import CountingProxy
from tests.pagecache.servers import REDIS_URL, CachedServer

LANGUAGES = ("ar", "en")

# Run in the servers' database by a third process (`manage.py shell`).
BUILD = """
import json
from home.models import HomePage
from tests.factories import InnovationFactory, PartnerFactory, PartnerIndexFactory, ShowcaseIndexFactory
home = HomePage.objects.get()
partner = PartnerFactory(parent=PartnerIndexFactory(parent=home, revision=True), revision=True)
showcase = ShowcaseIndexFactory(parent=home, revision=True)
print(json.dumps(InnovationFactory(parent=showcase, partners=[partner], revision=True).pk))
"""
PUBLISH = """
import json
from showcase.models import InnovationPage
from django.utils import translation
page = InnovationPage.objects.get(pk={pk})
if {rename}:
    page.title_ar = "عنوان نشر من خادم ثالث"
    page.title_en = "Published from a third server"
    page.slug_en = "published-from-a-third-server"
    page.save_revision().publish()
    page = InnovationPage.objects.get(pk=page.pk)  # the published copy has the new URL paths
urls = {{}}
for code in ("ar", "en"):
    with translation.override(code):
        urls[code] = page.get_url()
partner = page.partners.first()
with translation.override("en"):
    urls["partner_en"] = partner.get_url()
print(json.dumps(urls))
"""


def get(server, path):
    # Behind a load balancer both servers see the site's one host name, not their own ports.
    request = urllib.request.Request(server.base_url + path, headers={"Host": "localhost"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return response.status, response.headers, response.read().decode()


class Deployment(NamedTuple):
    first: object  # two workers
    second: object  # two workers
    counted: object  # one worker, reaching Redis through `relay`
    cdn: PurgeRecorder
    relay: CountingProxy


@pytest.fixture(scope="module")
def deployment():
    redis.Redis.from_url(REDIS_URL).flushdb()
    with PurgeRecorder() as cdn, CountingProxy(REDIS_URL) as relay:
        cache_env = {"REDIS_URL": REDIS_URL, "PAGE_CACHE_SECONDS": "300", "FRONTEND_CACHE_PURGE_URL": cdn.url}
        with CachedServer(cache_env, workers=2) as first:
            second = first.another("second", workers=2)
            counted = first.another("counted", REDIS_URL=relay.url)
            try:
                yield Deployment(first, second, counted, cdn, relay)
            finally:
                counted.stop()
                second.stop()
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_publish_through_a_third_process_is_seen_at_once_on_both_servers(deployment):
    first, second, _counted, cdn, _relay = deployment
    pk = json.loads(first.shell(BUILD).splitlines()[-1])  # an innovation with a partner
    before = json.loads(first.shell(PUBLISH.format(pk=pk, rename=False)).splitlines()[-1])
    paths = [before["ar"], before["en"], before["partner_en"], "/en/", "/ar/"]
    for path in paths:
        get(first, path)
        # Cached by the first server, served by the second from the shared Redis.
        status, headers, _body = get(second, path)
        assert status == 200 and headers["X-Page-Cache"] == "hit", path
        assert headers["Cache-Control"].startswith("public")
        assert "Cookie" not in headers.get("Vary", "")

    cdn.requests.clear()
    after = json.loads(first.shell(PUBLISH.format(pk=pk, rename=True)).splitlines()[-1])
    assert after["en"] != before["en"]

    for server in (first, second):
        status, _headers, body = get(server, after["ar"])
        assert status == 200 and "عنوان نشر من خادم ثالث" in body
        status, _headers, body = get(server, after["en"])
        assert status == 200 and "Published from a third server" in body
        _status, _headers, body = get(server, before["partner_en"])
        assert "Published from a third server" in body
        try:
            old_status = get(server, before["en"])[0]
        except urllib.error.HTTPError as error:
            old_status = error.code
        assert old_status in (301, 302, 404)  # the old English URL no longer shows the page

    purged = {path for _host, path in cdn.requests}
    for path in (
        after["ar"],
        after["en"],
        before["en"],
        before["partner_en"],
        "/en/",
        "/ar/",
        "/sitemap.xml",
    ):
        assert unquote(path) in purged, path


def test_redis_down_still_serves_every_page_with_one_warning(deployment):
    first = deployment.first
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    # One worker, so "one warning" is one process's count.
    down = first.another("redis-down", REDIS_URL=f"redis://127.0.0.1:{closed}/11")
    try:
        for _round in range(3):
            for language in LANGUAGES:
                for path in (f"/{language}/", f"/{language}/search/?q=x"):
                    status, headers, _body = get(down, path)
                    assert status == 200
                    assert "X-Page-Cache" in headers
    finally:
        down.stop()
    log = down.log()
    assert log.count("Page cache unavailable") == 1, log
    assert "Internal Server Error" not in log and "Traceback" not in log


PUBLISH_IN_ROUNDS = """
import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from django.utils import translation
from showcase.models import InnovationPage

def get(base, path):
    request = urllib.request.Request(base + path, headers={{"Host": "localhost"}})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers["X-Page-Cache"], response.read().decode()

def four_at_once(pool, base, path):
    # Four at once, so each worker of a server answers some of them.
    return list(pool.map(lambda _: get(base, path), range(4)))

page = InnovationPage.objects.live().order_by("-path").first()
paths = {{}}
for code in ("ar", "en"):
    with translation.override(code):
        paths[code] = page.get_url()
stale, held = [], 0
with ThreadPoolExecutor(4) as pool:
    for round in range({rounds}):
        for base in {servers}:
            for path in paths.values():
                held += sum(state == "hit" for state, _ in four_at_once(pool, base, path))
        titles = {{"ar": f"الجولة {{round}} من النشر", "en": f"Round {{round}} of publishing"}}
        page.title_ar, page.title_en = titles["ar"], titles["en"]
        page.save_revision().publish()
        # Read the moment the publish returns: every server must show the new title.
        for base in {servers}:
            for code, path in paths.items():
                for state, body in four_at_once(pool, base, path):
                    if titles[code] not in body:
                        stale.append([round, base, path, state])
print(json.dumps({{"stale": stale, "held": held}}))
"""


def test_publishes_in_a_row_are_seen_at_once_on_every_server(deployment):
    servers = [deployment.first.base_url, deployment.second.base_url, deployment.counted.base_url]
    rounds = 6
    result = json.loads(
        deployment.first.shell(PUBLISH_IN_ROUNDS.format(rounds=rounds, servers=servers)).splitlines()[-1]
    )
    assert result["stale"] == []
    # Before each publish the servers held the page (the front's copy was what had to go).
    assert result["held"] >= rounds * len(servers) * 2 * 2


def sent_for(relay, action):
    before = relay.sent
    result = action()
    time.sleep(0.05)  # anything the worker sends after answering is counted too
    return relay.sent - before, result


def held_in_the_front(deployment, path, tries=30):
    """Read `path` from the counted server until a hit costs nothing (held, and listening)."""
    for _ in range(tries):
        sent, (status, headers, _body) = sent_for(deployment.relay, lambda: get(deployment.counted, path))
        if sent == 0:
            assert status == 200 and headers["X-Page-Cache"] == "hit"
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hit_from_the_front_sends_nothing_to_redis(deployment, language):
    path = f"/{language}/"
    assert held_in_the_front(deployment, path)
    sent, answers = sent_for(deployment.relay, lambda: [get(deployment.counted, path) for _ in range(20)])
    assert sent == 0
    assert {headers["X-Page-Cache"] for _status, headers, _body in answers} == {"hit"}
    assert all(f'lang="{language}"' in body for _status, _headers, body in answers)


def kill_counted_listener(deployment):
    direct = redis.Redis.from_url(REDIS_URL)
    ours = deployment.relay.upstream_addresses()
    listeners = [
        client
        for client in direct.client_list(_type="pubsub")
        if client["addr"] in ours and client["name"] == invalidation.CLIENT_NAME
    ]
    for client in listeners:
        direct.client_kill_filter(_id=client["id"])
    return len(listeners)


def purge_unheard_by_the_counted_server(path):
    """A purge from another app server (its message reaches every other listener)."""
    other = RedisCache(REDIS_URL, {"KEY_PREFIX": "pages", "TIMEOUT": None})
    other.set(keys.generation_key(path), "purged-while-not-listening", None)
    return invalidation.announce(other)


def test_a_killed_subscription_checks_each_hit_then_forgets_what_it_held(deployment):
    purged, kept = "/en/", "/ar/"
    assert held_in_the_front(deployment, purged) and held_in_the_front(deployment, kept)
    assert kill_counted_listener(deployment) == 1
    # Not hearing purges: every hit checks the generations in Redis (bytes sent), still a hit.
    deadline = time.monotonic() + 5
    while (sent := sent_for(deployment.relay, lambda: get(deployment.counted, purged))[0]) == 0:
        assert time.monotonic() < deadline, "the killed subscription went unnoticed"
    for _ in range(3):
        sent, (status, headers, _body) = sent_for(deployment.relay, lambda: get(deployment.counted, purged))
        assert status == 200 and headers["X-Page-Cache"] == "hit" and sent > 0
    # Purged elsewhere while the counted worker cannot hear it, and not read meanwhile.
    assert purge_unheard_by_the_counted_server(purged) == 0
    # Heard again (about RETRY_AFTER_SECONDS later): the other page is held again...
    assert held_in_the_front(deployment, kept, tries=100)
    # ...and the purged one, held before, is not served from memory: it is rendered again.
    status, headers, _body = get(deployment.counted, purged)
    assert status == 200 and headers["X-Page-Cache"] == "miss"
    # Logged at INFO only (pages stay cached and correct): nothing shows at the default level.
    assert "Traceback" not in deployment.counted.log()
