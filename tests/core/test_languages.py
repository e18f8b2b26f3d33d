"""Languages: prefixes, the root redirect, the switcher, hreflang, canonical, bad input."""

from urllib.parse import unquote

import pytest
from django.test import Client

from tests.factories import ShowcaseIndexFactory, StandardPageFactory
from tests.helpers import canonical, hreflangs, parse, switcher_hrefs, url_in


@pytest.fixture
def story(home):
    return StandardPageFactory(
        parent=home, slug={"ar": "قصة-الاختبار", "en": "test-story"}, show_in_menus=True, revision=True
    )


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_pages_carry_language_and_direction(client, story, language, direction):
    response = client.get(url_in(story, language))
    assert response.status_code == 200
    assert parse(response).html_attrs == {"lang": language, "dir": direction}
    assert response["Content-Language"] == language


def test_each_language_has_its_own_slug(story):
    assert unquote(url_in(story, "ar")) == "/ar/قصة-الاختبار/"
    assert url_in(story, "en") == "/en/test-story/"


class TestRootRedirect:
    def test_defaults_to_arabic(self, client):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/ar/"

    def test_follows_accept_language(self, client):
        response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
        assert response["Location"] == "/en/"

    def test_cookie_beats_accept_language(self, client):
        client.cookies["site_language"] = "ar"
        response = client.get("/", headers={"accept-language": "en"})
        assert response["Location"] == "/ar/"

    def test_unknown_cookie_and_language_fall_back_to_arabic(self, client):
        client.cookies["site_language"] = "fr"
        response = client.get("/", headers={"accept-language": "fr,de;q=0.8"})
        assert response["Location"] == "/ar/"

    def test_varies_on_preference(self, client):
        vary = client.get("/")["Vary"]
        assert "Accept-Language" in vary
        assert "Cookie" in vary


class TestSwitcher:
    def test_leads_to_the_mirror_page_and_back(self, client, story):
        english = client.get(url_in(story, "en"))
        (to_arabic,) = switcher_hrefs(english)
        landed = client.get(to_arabic, follow=True)
        assert landed.redirect_chain[-1][0] == url_in(story, "ar")
        assert parse(landed).html_attrs["lang"] == "ar"
        (to_english,) = switcher_hrefs(landed)
        back = client.get(to_english, follow=True)
        assert back.redirect_chain[-1][0] == url_in(story, "en")

    def test_remembers_the_choice_for_the_root_redirect(self, client, story):
        (to_english,) = switcher_hrefs(client.get(url_in(story, "ar")))
        client.get(to_english)
        assert client.get("/", headers={"accept-language": "ar"})["Location"] == "/en/"

    def test_keeps_an_arabic_query_string(self, client, home):
        showcase = ShowcaseIndexFactory(parent=home, slug={"ar": "معرض-الاختبار", "en": "test-showcase"})
        response = client.get(url_in(showcase, "ar"), {"theme": "health", "q": "ابتكار & حج"})
        (href,) = switcher_hrefs(response)
        landed = client.get(href)
        target = landed["Location"]
        assert target.startswith("/en/test-showcase/?")
        followed = client.get(target)
        assert followed.wsgi_request.GET.getlist("theme") == ["health"]
        assert followed.wsgi_request.GET["q"] == "ابتكار & حج"

    def test_on_a_404_leads_to_the_same_path_in_the_other_language(self, client):
        response = client.get("/en/no-such-page/")
        (href,) = switcher_hrefs(response)
        assert client.get(href)["Location"] == "/ar/no-such-page/"

    @pytest.mark.parametrize(
        "target",
        [
            "https://evil.example/",
            "//evil.example/en/",
            "/ar/",  # the other language's path
            "/en/\\evil.example",
            "javascript:alert(1)",
        ],
    )
    def test_refuses_targets_off_the_site_or_in_another_language(self, client, target):
        response = client.get("/language/en/", {"next": target})
        assert response.status_code == 400
        assert "Location" not in response
        assert parse(response).html_attrs["lang"] == "en"

    def test_unknown_language_is_a_404(self, client):
        assert client.get("/language/fr/", {"next": "/fr/"}).status_code == 404


class TestAlternates:
    @pytest.mark.parametrize("language", ["ar", "en"])
    def test_hreflang_lists_both_languages_itself_and_x_default(self, client, story, language):
        response = client.get(url_in(story, language))
        links = hreflangs(response)
        assert links == {
            "ar": "http://testserver" + url_in(story, "ar"),
            "en": "http://testserver" + url_in(story, "en"),
            "x-default": "http://testserver" + url_in(story, "ar"),
        }

    @pytest.mark.parametrize("language", ["ar", "en"])
    def test_canonical_is_the_page_in_its_own_language(self, client, story, language):
        response = client.get(url_in(story, language))
        assert canonical(response) == "http://testserver" + url_in(story, language)


class TestBadInput:
    @pytest.mark.parametrize("path", ["/fr/", "/fr/test-story/", "/de/x/"])
    def test_unknown_language_prefix_is_a_404_not_a_redirect(self, client, story, path):
        assert client.get(url_in(story, "en")).status_code == 200  # /en/test-story/
        response = client.get(path)
        assert response.status_code == 404

    @pytest.mark.parametrize(
        "path", ["/ar/%ZZ/", "/en/%ZZ", "/ar/" + "a" * 5000 + "/", "/en/" + "/".join(["x"] * 300) + "/"]
    )
    def test_malformed_or_overlong_paths_are_a_404(self, client, path):
        response = client.get(path)
        assert response.status_code == 404

    def test_unknown_host_is_a_plain_400(self):
        response = Client(HTTP_HOST="evil.example").get("/ar/")
        assert response.status_code == 400

    @pytest.mark.parametrize(
        ("path", "language", "heading"),
        [("/ar/no-such-page/", "ar", "الصفحة غير موجودة"), ("/en/no-such-page/", "en", "Page not found")],
    )
    def test_404_speaks_the_visitors_language(self, client, path, language, heading):
        response = client.get(path)
        assert response.status_code == 404
        assert parse(response).html_attrs["lang"] == language
        assert heading in response.content.decode()
