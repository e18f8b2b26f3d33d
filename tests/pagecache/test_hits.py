"""The page cache answers anonymous GET/HEAD of public pages, and nothing personal."""

import gzip

import pytest
from django.test import Client

from tests.factories import StandardPageFactory
from tests.helpers import sign_in, url_in
from tests.pagecache.reading import fetch

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def story(home):
    return StandardPageFactory(parent=home, intro={"ar": "مقدمة", "en": "Introduction"})


@pytest.mark.parametrize("language", ["ar", "en"])
def test_second_anonymous_visit_is_served_from_the_cache(client, story, language):
    url = url_in(story, language)
    first, first_hit = fetch(client, url)
    second, second_hit = fetch(client, url)
    assert first.status_code == second.status_code == 200
    assert not first_hit and second_hit
    assert second.content == first.content
    assert second["Content-Language"] == language
    assert f'lang="{language}"' in second.content.decode()


def test_each_language_and_host_has_its_own_entry(client, story):
    ar, _ = fetch(client, url_in(story, "ar"))
    en, en_hit = fetch(client, url_in(story, "en"))
    assert not en_hit and ar.content != en.content
    _, other_host_hit = fetch(client, url_in(story, "en"), HTTP_HOST="localhost")
    assert not other_host_hit


def test_head_is_answered_from_the_cache(client, story):
    url = url_in(story, "en")
    client.get(url)
    with_body = client.get(url)
    response = client.head(url)
    assert response.status_code == 200
    assert response["Content-Length"] == with_body["Content-Length"]
    assert response.content == b""


def test_cached_page_is_stored_compressed_for_clients_that_accept_it(client, story):
    url = url_in(story, "ar")
    plain, _ = fetch(client, url)
    zipped, hit = fetch(client, url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert hit
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["Vary"] == "Accept-Encoding"
    brotli_response, _ = fetch(client, url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert brotli_response["Content-Encoding"] == "br"


def test_public_headers_for_shared_caches_and_no_vary_on_cookie(client, story):
    for language in ("ar", "en"):
        for _attempt in range(2):  # the miss and the hit say the same
            response = client.get(url_in(story, language))
            control = response["Cache-Control"]
            assert "public" in control
            assert "max-age=60" in control
            assert "s-maxage=300" in control
            assert "stale-while-revalidate=" in control
            assert "Cookie" not in response.get("Vary", "")
            assert response["ETag"].startswith('W/"')
            assert not response.cookies


@pytest.mark.parametrize("language", ["ar", "en"])
def test_conditional_get_answers_304(client, story, language):
    url = url_in(story, language)
    etag = client.get(url)["ETag"]
    response, hit = fetch(client, url, HTTP_IF_NONE_MATCH=etag)
    assert hit and response.status_code == 304 and response.content == b""
    assert response["ETag"] == etag
    # Compared weakly, as browsers send it back after a gzip response.
    assert client.get(url, HTTP_IF_NONE_MATCH=etag.removeprefix("W/")).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='W/"other"').status_code == 200


def test_signed_in_editors_are_never_served_nor_stored(client, story, admin_user):
    url = url_in(story, "en")
    editor = Client()
    sign_in(editor, admin_user)
    response, hit = fetch(editor, url)
    assert response.status_code == 200 and not hit
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    # The editor's visit stored nothing: the first anonymous visit is still a miss.
    _, anonymous_hit = fetch(client, url)
    assert not anonymous_hit
    # And a page cached for visitors is not what the editor gets.
    _, editor_hit = fetch(editor, url)
    assert not editor_hit


def test_previews_and_the_admin_are_private(client, story, admin_user):
    editor = Client()
    sign_in(editor, admin_user)
    for mode in ("ar", "en"):
        preview = editor.get(f"/admin/pages/{story.pk}/edit/preview/?mode={mode}")
        assert preview.status_code == 200
        assert "no-store" in preview["Cache-Control"]
    assert "no-store" in editor.get("/admin/")["Cache-Control"]
    # The admin keeps its own (relaxed) policy; the public pages have the strict one.
    assert "'unsafe-inline'" in editor.get("/admin/")["Content-Security-Policy"]
    public = client.get(url_in(story, "ar"))["Content-Security-Policy"]
    assert "script-src 'self';" in public and "nonce-" not in public


def test_post_and_the_language_switch_are_not_cached(client, story):
    url = url_in(story, "en")
    switch = f"/language/ar/?next={url_in(story, 'ar')}"
    assert client.get(switch).status_code == 302
    second = Client().get(switch)
    assert second.status_code == 302 and second.cookies  # the cookie is set every time
    client.get(url)
    assert client.post(url).status_code in (200, 405)
    response, hit = fetch(Client(), url)
    assert hit and response.status_code == 200


def test_a_404_is_kept_briefly_and_other_errors_never(client):
    url = "/en/no-such-page-here/"
    first, _ = fetch(client, url)
    second, hit = fetch(client, url)
    assert first.status_code == second.status_code == 404
    assert hit
    assert "max-age=60" in second["Cache-Control"] and "s-maxage=60" in second["Cache-Control"]
    bad = client.get("/language/xx/")
    assert "public" not in bad.get("Cache-Control", "")


def test_cache_off_when_page_cache_seconds_is_zero(client, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = url_in(story, "ar")
    client.get(url)
    response, hit = fetch(client, url)
    assert not hit and "public" not in response.get("Cache-Control", "")
