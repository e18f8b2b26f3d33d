"""Publishing, unpublishing, moving, renaming and deleting purge every URL that shows the
page, in both languages, with every query-string variant; snippets and settings too."""

import pytest
from django.utils import translation

from core.models import SiteSettings
from home.models import HomePage, StandardPage
from showcase.models import InnovationPage, PartnerPage
from tests import factories
from tests.factories import (
    ArticleFactory,
    InnovationFactory,
    NewsIndexFactory,
    PartnerFactory,
    PartnerIndexFactory,
    ShowcaseIndexFactory,
    ThemeFactory,
)
from tests.helpers import url_in
from tests.pagecache.reading import body, fetch

pytestmark = pytest.mark.usefixtures("page_cache")
LANGUAGES = ("ar", "en")


def warm(client, *urls):
    """Cache each URL and prove it is cached."""
    for url in urls:
        client.get(url)
        response, hit = fetch(client, url)
        assert hit, url


def rename(page, suffix):
    page.title_ar = f"{page.title_ar} {suffix}"
    page.title_en = f"{page.title_en} {suffix}"
    page.save_revision().publish()
    return page


@pytest.fixture
def showcase(home):
    return ShowcaseIndexFactory(parent=home, revision=True)


@pytest.fixture
def innovation(home, showcase):
    """An innovation with a partner and a theme, which a second innovation shares."""
    theme = ThemeFactory()
    partner = PartnerFactory(parent=PartnerIndexFactory(parent=home, revision=True), revision=True)
    InnovationFactory(parent=showcase, themes=[theme], revision=True)
    return InnovationFactory(parent=showcase, themes=[theme], partners=[partner], revision=True)


@pytest.fixture
def articles(home):
    newsroom = NewsIndexFactory(parent=home, revision=True)
    return [ArticleFactory(parent=newsroom, revision=True) for _ in range(2)]


def test_publish_purges_the_page_its_lists_and_its_related_pages(client, innovation, showcase):
    partner = innovation.partners.first()
    theme = innovation.themes.first()
    sibling = InnovationPage.objects.live().filter(themes=theme).exclude(pk=innovation.pk).first()
    home = HomePage.objects.get()
    urls = []
    for language in LANGUAGES:
        urls += [
            url_in(innovation, language),
            url_in(showcase, language),
            f"{url_in(showcase, language)}?theme={theme.slug}",
            f"{url_in(showcase, language)}?page=1&theme={theme.slug}",
            url_in(partner, language),
            url_in(home, language),
            f"/{language}/search/?q=test",
        ]
        if sibling:
            urls.append(url_in(sibling, language))
    warm(client, *urls, "/sitemap.xml")

    rename(innovation, "renamed-after-publish")

    for url in urls:
        response, hit = fetch(client, url)
        assert not hit, f"{url} was not purged"
    for language in LANGUAGES:
        with translation.override(language):
            title = innovation.title
        for url in (url_in(innovation, language), url_in(partner, language)):
            assert title in body(client, url), url
    _, hit = fetch(client, "/sitemap.xml")
    assert not hit


def test_publish_leaves_unrelated_pages_cached(client, innovation, articles):
    unrelated = articles[0]
    warm(client, *(url_in(unrelated, language) for language in LANGUAGES))
    rename(innovation, "x")
    for language in LANGUAGES:
        _, hit = fetch(client, url_in(unrelated, language))
        assert hit


def test_unpublish_purges_both_languages_and_the_listing(client, innovation, showcase):
    page_urls = [url_in(innovation, language) for language in LANGUAGES]
    index_urls = [url_in(showcase, language) for language in LANGUAGES]
    warm(client, *page_urls, *index_urls)
    innovation.unpublish()
    for url in page_urls:
        assert client.get(url).status_code == 404
    for url, page_url in zip(index_urls, page_urls, strict=True):
        assert page_url not in body(client, url)


def test_slug_change_purges_old_and_new_urls(client):
    home = HomePage.objects.get()
    page = factories.translated_page(StandardPage, home, ("قصة", "Temporary story"), show_in_menus=False)
    old = {language: url_in(page, language) for language in LANGUAGES}
    warm(client, *old.values())
    # A 404 of the coming URL may already be cached: it must go too.
    new_en = old["en"].replace(page.slug_en, "renamed-story")
    assert client.get(new_en).status_code == 404

    page.slug_en = "renamed-story"
    page.slug_ar = "قصة-جديدة"
    page.save_revision().publish()
    page.refresh_from_db()

    for language in LANGUAGES:
        new = url_in(page, language)
        assert new != old[language]
        assert client.get(new).status_code == 200
        assert client.get(old[language]).status_code in (301, 302, 404)


def test_move_purges_old_and_new_urls_and_both_parents(client):
    home = HomePage.objects.get()
    parent = factories.translated_page(StandardPage, home, ("قسم", "Section"), show_in_menus=False)
    page = factories.translated_page(StandardPage, home, ("صفحة تنقل", "Moving page"), show_in_menus=False)
    old = {language: url_in(page, language) for language in LANGUAGES}
    parent_urls = [url_in(parent, language) for language in LANGUAGES]
    warm(client, *old.values(), *parent_urls)

    page.move(parent, pos="last-child")
    page = StandardPage.objects.get(pk=page.pk)

    for language in LANGUAGES:
        new = url_in(page, language)
        assert new.startswith(url_in(parent, language))
        assert client.get(new).status_code == 200
        assert client.get(old[language]).status_code in (301, 302, 404)
    for url in parent_urls:
        _, hit = fetch(client, url)
        assert not hit


def test_delete_purges_both_languages(client):
    home = HomePage.objects.get()
    page = factories.translated_page(StandardPage, home, ("صفحة تحذف", "Deleted page"), show_in_menus=False)
    urls = [url_in(page, language) for language in LANGUAGES]
    warm(client, *urls)
    page.delete()
    for url in urls:
        assert client.get(url).status_code == 404


def test_related_news_and_feeds_are_purged(client, articles):
    first, second = articles
    first.related_articles.add(second)
    first.save_revision().publish()
    urls = [url_in(first, language) for language in LANGUAGES]
    feeds = [f"/{language}/feeds/news/" for language in LANGUAGES]
    warm(client, *urls, *feeds)
    rename(second, "renamed-related")
    for language, url, feed in zip(LANGUAGES, urls, feeds, strict=True):
        with translation.override(language):
            title = second.title
        assert title in body(client, url)
        _, hit = fetch(client, feed)
        assert not hit


def test_partner_rename_purges_the_innovations_that_list_it(client, innovation):
    partner = PartnerPage.objects.get(pk=innovation.partners.first().pk)
    urls = [url_in(innovation, language) for language in LANGUAGES]
    warm(client, *urls)
    rename(partner, "renamed-partner")
    for language, url in zip(LANGUAGES, urls, strict=True):
        with translation.override(language):
            title = partner.title
        assert title in body(client, url)


def test_theme_edit_purges_the_showcase_and_its_innovations(client, innovation, showcase):
    theme = innovation.themes.first()
    urls = [url_in(page, language) for page in (innovation, showcase) for language in LANGUAGES]
    warm(client, *urls)
    theme.title_ar = "موضوع معدل"
    theme.title_en = "Edited theme"
    theme.save()
    for url in urls:
        expected = "موضوع معدل" if url.startswith("/ar/") else "Edited theme"
        assert expected in body(client, url), url


def test_site_settings_edit_purges_every_page(client, innovation, articles):
    news = articles[0]
    urls = [url_in(page, language) for page in (innovation, news) for language in LANGUAGES]
    warm(client, *urls)
    settings = SiteSettings.objects.get()
    settings.footer_text_ar = "نص تذييل جديد"
    settings.footer_text_en = "A new footer text"
    settings.save()
    for url in urls:
        expected = "نص تذييل جديد" if url.startswith("/ar/") else "A new footer text"
        assert expected in body(client, url), url


def test_purge_api_drops_every_variant_of_a_path(client, showcase):
    from pagecache.purge import purge_everything, purge_urls

    url = url_in(showcase, "en")
    variants = [url, f"{url}?page=2", f"{url}?stage=idea", f"{url}?page=abc"]
    warm(client, *variants)
    purge_urls([url])
    for variant in variants:
        _, hit = fetch(client, variant)
        assert not hit
    purge_everything()
    _, hit = fetch(client, url)
    assert not hit
