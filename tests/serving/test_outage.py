"""A database outage under a running gunicorn: 503 pages in the visitor's language, no 500s.

The server (tests/browser/server.py, started with gunicorn.conf.py) gets a throwaway database
of its own. PostgreSQL: the database is dropped with its connections terminated while the
server runs. SQLite: the folder holding the database file is renamed away, so a new
connection cannot open it (with SQLite, a connection that stays open would keep reading the
renamed file, so this server opens one per request).
"""

import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.browser.server import ProductionServer


class OutageServer(ProductionServer):
    """Migrated, without the demo content: the outage needs a working site, not a full one."""

    def __init__(self):
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith(("postgres://", "postgresql://")):
            parts = urlsplit(url)
            url = urlunsplit(parts._replace(path=f"{parts.path.rstrip('/') or '/ihc'}_outage"))
            super().__init__(database_url=url, workers=2)
        else:
            super().__init__(database_url="", workers=2)
            self.sqlite_folder = self.workdir / "db"
            self.sqlite_folder.mkdir()
            self.database.url = f"sqlite:///{self.sqlite_folder / 'outage.sqlite3'}"
            self.env.update(DATABASE_URL=self.database.url, CONN_MAX_AGE="0")

    def prepare(self):
        self.build(demo=False)

    def take_database_away(self):
        if self.database.admin_url:
            self.database.drop()  # DROP DATABASE … WITH (FORCE): live connections are cut
        else:
            self.sqlite_folder.rename(Path(f"{self.sqlite_folder}-gone"))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture(scope="module")
def server():
    with OutageServer() as running:
        yield running


def test_health_and_pages_then_outage(server):
    status, headers, body = fetch(f"{server.base_url}/health/")
    assert status == 200, body
    assert json.loads(body)["database"]["state"] == "ok"
    assert fetch(f"{server.base_url}/ar/")[0] == 200

    server.take_database_away()

    status, headers, body = fetch(f"{server.base_url}/health/")
    assert status == 503
    state = json.loads(body)
    assert state["status"] == "unavailable"
    assert state["database"]["state"] == "unavailable"
    assert state["cache"]["state"] == "ok"
    assert "no-store" in headers["Cache-Control"]

    expected = {
        "/ar/": ("ar", "rtl", "الموقع غير متاح مؤقتًا"),
        "/ar/no-such-page/": ("ar", "rtl", "الموقع غير متاح مؤقتًا"),
        "/en/": ("en", "ltr", "The site is briefly unavailable"),
        "/en/search/?q=innovation": ("en", "ltr", "The site is briefly unavailable"),
        # Unprefixed addresses that need the database: Arabic, the site's first language.
        "/sitemap.xml": ("ar", "rtl", "الموقع غير متاح مؤقتًا"),
        "/admin/login/": ("ar", "rtl", "الموقع غير متاح مؤقتًا"),
    }
    for path, (language, direction, heading) in expected.items():
        status, headers, body = fetch(server.base_url + path)
        assert status == 503, (path, status, body[:300])
        assert headers["Retry-After"] == "30", path
        assert "no-store" in headers["Cache-Control"], path
        assert headers["Content-Language"] == language, path
        assert f'<html lang="{language}" dir="{direction}">' in body, path
        assert heading in body, path
        assert f'href="/{language}/"' in body, path
    log = (server.workdir / "gunicorn.log").read_text()
    assert "Internal Server Error" not in log
    assert "Traceback" not in log, log[log.find("Traceback") - 300 :][:4000]
