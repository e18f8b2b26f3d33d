"""A page with no English title: a plain notice in English, never a silent mix."""

import pytest

from home.models import StandardPage
from news.models import NewsArticlePage
from tests.factories import NewsIndexFactory, translated_page
from tests.helpers import parse, robots, url_in


@pytest.fixture
def arabic_only(home):
    return translated_page(
        StandardPage,
        home,
        ("صفحة بالعربية فقط", ""),
        ("صفحة-عربية", ""),
        intro_ar="نص عربي لم يترجم بعد",
        show_in_menus=True,
    )


def test_english_url_answers_with_a_notice_linking_to_arabic(client, arabic_only):
    response = client.get(url_in(arabic_only, "en"))
    assert response.status_code == 200
    body = response.content.decode()
    assert parse(response).html_attrs == {"lang": "en", "dir": "ltr"}
    assert 'data-testid="untranslated-notice"' in body
    assert "not yet available in English" in body
    assert f'href="{url_in(arabic_only, "ar")}"' in body
    assert "نص عربي لم يترجم بعد" not in body  # the Arabic content is not poured into English
    assert robots(response) == "noindex"


def test_arabic_url_serves_the_page(client, arabic_only):
    response = client.get(url_in(arabic_only, "ar"))
    assert "نص عربي لم يترجم بعد" in response.content.decode()
    assert robots(response) == ""


def test_left_out_of_english_menus_but_in_arabic_ones(client, arabic_only):
    english_menu = client.get("/en/").content.decode()
    arabic_menu = client.get("/ar/").content.decode()
    assert url_in(arabic_only, "en") not in english_menu
    assert url_in(arabic_only, "ar") in arabic_menu


def test_left_out_of_english_listings(client, home):
    newsroom = NewsIndexFactory(parent=home)
    article = translated_page(
        NewsArticlePage, newsroom, ("خبر بلا ترجمة", ""), ("خبر-بلا-ترجمة", ""), lead_ar="مقدمة"
    )
    assert "خبر بلا ترجمة" in client.get(url_in(newsroom, "ar")).content.decode()
    english = client.get(url_in(newsroom, "en")).content.decode()
    assert "خبر بلا ترجمة" not in english
    assert url_in(article, "en") not in english
