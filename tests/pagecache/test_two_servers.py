"""Two real app servers (gunicorn, production mode) share the database and Redis: a page
cached through one is served by the other, and a publish made from a third process is seen
on both at once, in both languages, and sent to the CDN. With Redis down, a server still
serves every page and warns once."""

import json
import socket
import urllib.error
import urllib.request
from urllib.parse import unquote

import pytest
import redis

from tests.pagecache.recorder import PurgeRecorder
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


@pytest.fixture(scope="module")
def deployment():
    redis.Redis.from_url(REDIS_URL).flushdb()
    with PurgeRecorder() as cdn:
        cache_env = {"REDIS_URL": REDIS_URL, "PAGE_CACHE_SECONDS": "300", "FRONTEND_CACHE_PURGE_URL": cdn.url}
        with CachedServer(cache_env, workers=2) as first:
            second = first.another("second", WEB_CONCURRENCY="2")
            try:
                yield first, second, cdn
            finally:
                second.stop()
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_publish_through_a_third_process_is_seen_at_once_on_both_servers(deployment):
    first, second, cdn = deployment
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
    first, _second, _cdn = deployment
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
