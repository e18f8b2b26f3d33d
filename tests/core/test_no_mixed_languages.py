"""An English page never shows Arabic unless it says so (`lang="ar"`).

modeltranslation would fill an empty English field with the Arabic one; on the public site
the fallback is off (core.fallbacks), so an empty English field is left out instead. These
tests empty every optional English field there is, on every page type, in inline objects,
snippets, images and site settings, and read each English page, its feeds and its search
results for Arabic outside an element marked `lang="ar"`.
"""

import pytest
from django.db import models
from modeltranslation.translator import translator
from wagtail.fields import StreamField
from wagtail.models import Page

from core.i18n import is_translated
from home.models import StandardPage
from news.models import PressKitPage
from tests.factories import translated_page
from tests.helpers import page_types, url_in
from tests.mixed_languages import empty_wrappers, unmarked_arabic, unmarked_arabic_in_xml
from tests.search.searching import result_urls

# What keeps a page in English at all: without an English title it is "not yet translated"
# (tests/core/test_untranslated.py); its slug and URL path make its English address.
KEPT = {"title", "slug", "url_path"}


def _empty(field):
    if isinstance(field, StreamField):
        return []
    return None if field.null else ""


def empty_every_optional_english_field():
    """Every English column of every translated model emptied, but pages keep their title."""
    for model in translator.get_registered_models(abstract=False):
        options = translator.get_options_for_model(model)
        changes = {}
        for name in options.get_field_names():
            if issubclass(model, Page) and name in KEPT:
                continue
            column = model._meta.get_field(f"{name}_en")
            if isinstance(column, models.ForeignKey):
                changes[column.attname] = None
            else:
                changes[column.attname] = _empty(column)
        if changes:
            model._base_manager.update(**changes)


def problems_on(client, urls, check=unmarked_arabic):
    problems = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        found = check(response.content.decode())
        if found:
            problems[url] = found
    return "\n".join(f"{url}: {found}" for url, found in problems.items())


def english_urls():
    pages = Page.objects.live().filter(depth__gt=1).specific()
    return [url_in(page, "en") for page in pages if is_translated(page, "en")]


def test_the_english_pages_show_no_unmarked_arabic(client, filled_pages):
    assert not problems_on(client, english_urls())


@pytest.mark.parametrize("page_type", page_types(), ids=lambda model: model.__name__)
def test_every_page_type_leaves_empty_english_fields_out(client, filled_pages, page_type):
    empty_every_optional_english_field()
    page = filled_pages[page_type]
    assert page.title_en
    assert not problems_on(client, [url_in(page, "en")])
    # …and what is left out leaves no empty heading, paragraph, list item or link behind.
    assert not problems_on(client, [url_in(page, "en")], check=empty_wrappers)


def test_listings_menus_and_search_leave_empty_english_fields_out(client, filled_pages):
    empty_every_optional_english_field()
    urls = english_urls()
    # A search that finds every page through its English title ("Test …").
    assert result_urls(client.get("/en/search/?q=test"))
    urls += ["/en/search/?q=test", "/en/search/?q=innovation"]
    assert not problems_on(client, urls)


@pytest.mark.parametrize("feed", ["/en/feeds/news/", "/en/feeds/press-releases/"])
def test_english_feeds_carry_no_arabic(client, filled_pages, feed):
    empty_every_optional_english_field()
    response = client.get(feed)
    assert response.status_code == 200
    assert not unmarked_arabic_in_xml(response.content.decode())
    # The camp's name, with no English name in the settings, is said in English.
    assert "<title>Innovative Hajj Camp: " in response.content.decode()


def test_the_site_name_without_english_is_said_in_english(client, filled_pages):
    empty_every_optional_english_field()
    html = client.get(url_in(filled_pages[StandardPage], "en")).content.decode()
    assert "| Innovative Hajj Camp</title>" in html
    assert '<meta property="og:site_name" content="Innovative Hajj Camp">' in html


def test_the_english_press_kit_archive_carries_no_arabic(client, filled_pages):
    from tests.news.test_press_kit import read_zip, zip_url

    empty_every_optional_english_field()
    _response, archive = read_zip(client, zip_url(filled_pages[PressKitPage], "en"))
    readme = archive.read("README.txt").decode()
    assert not unmarked_arabic_in_xml(readme)
    assert not unmarked_arabic_in_xml(" ".join(archive.namelist()))


def test_an_untranslated_ancestor_is_named_in_arabic_marked_as_arabic(client, home):
    parent = translated_page(StandardPage, home, ("قسم لم يترجم", ""), ("قسم-لم-يترجم", ""))
    child = translated_page(StandardPage, parent, ("صفحة مترجمة", "A translated page"), intro_en="Intro")
    response = client.get(url_in(child, "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert not unmarked_arabic(html)
    assert 'lang="ar" dir="rtl">قسم لم يترجم</a>' in html
