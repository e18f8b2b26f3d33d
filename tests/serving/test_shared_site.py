"""The app server's memo of the Site and its settings (serving.shared): fewer queries on
every public page, and never an edit left unseen."""

import datetime
import socket

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteSettings, SocialLink
from serving import shared
from tests import factories
from tests.helpers import sign_in

LANGUAGES = ["ar", "en"]


def sql_of(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return [query["sql"] for query in captured]


def reads(sqls, table):
    return [sql for sql in sqls if f'FROM "{table}"' in sql]


@pytest.mark.parametrize("language", LANGUAGES)
def test_site_and_settings_are_read_once_per_process(client, language):
    url = f"/{language}/"
    client.get(url)  # renditions made, memo filled
    shared.forget()
    first = sql_of(client, url)
    second = sql_of(client, url)
    assert reads(first, "wagtailcore_site") and reads(first, "core_sitesettings")
    assert reads(first, "core_sociallink")
    assert not reads(second, "wagtailcore_site")
    assert not reads(second, "core_sitesettings")
    assert not reads(second, "core_sociallink")
    assert len(second) <= len(first) - 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_saved_settings_show_on_the_next_request(client, language):
    url = f"/{language}/"
    client.get(url)
    settings = SiteSettings.objects.get()
    setattr(settings, f"footer_text_{language}", f"نص جديد new footer {language}")
    settings.save()
    assert f"نص جديد new footer {language}" in client.get(url).content.decode()
    SocialLink.objects.create(
        settings=settings, label_ar="ماستودون", label_en="Mastodon", url="https://example.org/@camp"
    )
    assert "https://example.org/@camp" in client.get(url).content.decode()


def test_a_save_in_another_process_is_seen(client):
    """Another app server saving content replaces the generation in the shared cache."""
    client.get("/en/")
    settings = SiteSettings.objects.get()
    # Written behind this process's back (no signal here), as another process would.
    SiteSettings.objects.filter(pk=settings.pk).update(footer_text_en="Changed elsewhere")
    assert "Changed elsewhere" not in client.get("/en/").content.decode()
    cache.set(shared.GENERATION_KEY, "another-process", None)
    assert "Changed elsewhere" in client.get("/en/").content.decode()


def test_the_admin_reads_the_database(client, django_user_model):
    user = django_user_model.objects.create_superuser("memo-editor", "memo@example.org", "x-long-password-1")
    sign_in(client, user)
    client.get("/en/")
    sqls = sql_of(client, "/admin/")
    assert reads(sqls, "wagtailcore_site")


def test_made_up_hosts_do_not_grow_the_memo(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for n in range(shared.MAX_HOSTS * 3):
        client.get("/en/", HTTP_HOST=f"made-up-{n}.example.org")
    assert len(shared._memo["entries"]) <= shared.MAX_HOSTS


def test_remembered_values_stay_bounded_whatever_names_requests_bring(rf, monkeypatch, db):
    # Filter selections from query strings become names: a flood of them must not grow the memo.
    monkeypatch.setattr(shared, "MAX_VALUES", 8)
    request = rf.get("/en/")
    shared.attach(request)
    computed = [shared.remember(request, ("selection", n), lambda n=n: n) for n in range(30)]
    assert computed == list(range(30))
    assert 0 < len(shared._memo["values"]) <= 8
    assert shared.remember(request, ("selection", 29), lambda: "computed again") == 29


def test_a_cache_outage_reads_the_database_on_every_request(client, settings):
    """The default cache pointed at a port where nothing listens, like a stopped Redis."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/11",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        },
    }
    for _ in range(2):
        assert reads(sql_of(client, "/en/"), "wagtailcore_site")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_lists_are_gathered_once_and_follow_a_publish(client, home, language):
    newsroom = factories.NewsIndexFactory(parent=home)
    url = f"/{language}/"
    client.get(url)
    first = sql_of(client, url)
    second = sql_of(client, url)
    assert len(second) <= len(first)
    assert not reads(second, "news_newsarticlepage")  # the latest news came from the memo
    fresh = factories.article(newsroom, date=datetime.date.today() + datetime.timedelta(days=1))
    title = fresh.title_ar if language == "ar" else fresh.title_en
    assert title in client.get(url).content.decode()
