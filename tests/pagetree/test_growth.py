"""Routing, 404s and publishing cost the same number of queries, and build the same number
of page objects, with 10 siblings as with 50 (in a section, and directly under the home
page): in both languages, for Arabic (unicode) and English slugs, and for an untranslated
page whose English URL uses its Arabic slug."""

from urllib.parse import unquote

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import translated_page
from tests.helpers import url_in


def count_queries(action):
    """(queries, page objects built, result) of `action`.

    Loading every sibling costs one query whatever their number, so the page objects built
    (Django's post_init signal) are counted too: that is what grew with the section before.
    """
    built = []

    def on_init(sender, instance, **kwargs):
        if isinstance(instance, Page):
            built.append(instance)

    post_init.connect(on_init, weak=False)
    try:
        with CaptureQueriesContext(connection) as captured:
            result = action()
    finally:
        post_init.disconnect(on_init)
    return (len(captured), len(built)), result


@pytest.fixture
def section(home):
    return translated_page(
        StandardPage, home, ("قسم النمو", "Growth section"), ("قسم-النمو", "growth-section")
    )


def add_siblings(section, count):
    for _ in range(count):
        translated_page(StandardPage, section, ("شقيق", "Sibling"), revision=False)


def costs(client, section, target, language):
    url = url_in(target, language)
    client.get(url)  # warm the site-root cache
    page_queries, response = count_queries(lambda: client.get(url))
    assert response.status_code == 200
    missing_queries, missing = count_queries(lambda: client.get(url_in(section, language) + "لا-يوجد/"))
    assert missing.status_code == 404
    return page_queries, missing_queries


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("translated", [True, False], ids=["bilingual", "arabic-only"])
def test_routing_and_404_queries_do_not_grow_with_siblings(client, section, language, translated):
    title = ("صفحة الهدف", "Target page" if translated else "")
    slug = ("صفحة-الهدف", "target-page" if translated else "")
    target = translated_page(StandardPage, section, title, slug)
    if not translated:
        assert unquote(url_in(target, "en")).endswith("/صفحة-الهدف/")  # English falls back to the Arabic slug

    add_siblings(section, 10)
    at_ten = costs(client, section, target, language)
    add_siblings(section, 40)
    assert costs(client, section, target, language) == at_ten


@pytest.mark.parametrize("language", ["ar", "en"])
def test_pages_directly_under_the_home_page_cost_no_more_when_there_are_more(client, home, language):
    # The request's page tree reads the home page's children the menu lists and the one a
    # path names, not all of them (serving.tree): none of these siblings is in the menu.
    target = translated_page(StandardPage, home, ("صفحة عليا", "Top page"), ("صفحة-عليا", "top-page"))
    add_siblings(home, 10)
    at_ten = costs(client, home, target, language)
    add_siblings(home, 40)
    assert costs(client, home, target, language) == at_ten


def test_publishing_queries_do_not_grow_with_siblings(section):
    target = translated_page(StandardPage, section, ("صفحة تنشر", "Published page"))

    def publish():
        target.title_en = target.title_en + "!"
        return target.save_revision().publish()

    add_siblings(section, 10)
    publish()  # the first revision after creation does one-off work
    at_ten, _ = count_queries(publish)
    add_siblings(section, 40)
    at_fifty, _ = count_queries(publish)
    assert at_fifty == at_ten
