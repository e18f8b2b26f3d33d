"""The newsroom's Atom feeds: one per language for all news and for press releases alone,
valid, in the feed's language only, with absolute links, summaries and dates."""

import datetime
import html

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from modeltranslation.utils import fallbacks

from core.models import SiteSettings
from news.models import NewsArticlePage
from tests.factories import ArticleFactory, NewsIndexFactory
from tests.helpers import url_in
from tests.seo_helpers import BASE, arabic_only, bilingual

FEEDS = {"news": None, "press-releases": "press-release"}


@pytest.fixture
def newsroom(bare_home):
    """Two press releases, two news items and an announcement, a week apart."""
    page = NewsIndexFactory(parent=bare_home)
    for week, kind in enumerate(["press-release", "news", "announcement", "press-release", "news"]):
        ArticleFactory(
            parent=page, kind=kind, date=datetime.date(2022, 3, 21) + datetime.timedelta(weeks=week)
        )
    return page


def read_feed(client, language, name):
    response = client.get(f"/{language}/feeds/{name}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def expected_articles(language, kind):
    articles = NewsArticlePage.objects.live()
    if kind:
        articles = articles.filter(kind=kind)
    if language == "en":
        articles = articles.exclude(title_en="").exclude(title_en__isnull=True)
    return list(articles)


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("name", FEEDS)
def test_feed_lists_the_articles_of_its_language(client, newsroom, language, name):
    kind = FEEDS[name]
    feed = read_feed(client, language, name)
    articles = {BASE + url_in(article, language): article for article in expected_articles(language, kind)}

    assert feed.feed.language == language
    site_name = SiteSettings.objects.get().__getattribute__(f"organisation_name_{language}")
    assert feed.feed.title.startswith(site_name)
    assert feed.feed.link == BASE + url_in(newsroom, language)
    assert feed.feed.id == f"{BASE}/{language}/feeds/{name}/"
    assert feed.feed.updated_parsed is not None

    assert articles, "the newsroom has articles of every feed"
    assert {entry.link for entry in feed.entries} == set(articles)
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    for entry in feed.entries:
        article = articles[entry.link]
        with translation.override(language), fallbacks(False):
            assert entry.title == article.title
            assert html.unescape(entry.summary) == article.lead
        assert entry.link.startswith(f"{BASE}/{language}/")
        assert entry.id == entry.link
        assert timezone.localdate(datetime.datetime.fromisoformat(entry.published)) == article.date
        assert entry.updated_parsed >= entry.published_parsed
        if kind:
            assert article.kind == kind
    if kind is None:
        assert {article.kind for article in articles.values()} > {"press-release"}


def test_feed_dates_are_in_the_sites_time_zone(client, newsroom):
    feed = read_feed(client, "ar", "news")
    first = NewsArticlePage.objects.live().order_by("-date", "-first_published_at").first()
    entry = next(e for e in feed.entries if e.link == BASE + url_in(first, "ar"))
    published = datetime.datetime.fromisoformat(entry.published)
    assert published.utcoffset() == datetime.timedelta(hours=3)  # Asia/Riyadh
    assert timezone.localdate(published) == first.date


def test_english_feed_leaves_out_untranslated_articles(client, newsroom):
    untranslated = arabic_only(
        NewsArticlePage,
        newsroom,
        "بيان-بلا-ترجمة",
        "بيان صحفي بلا ترجمة",
        kind="press-release",
        lead="مقدمة البيان",
        date=datetime.date(2030, 1, 1),
    )
    for name in FEEDS:
        arabic = read_feed(client, "ar", name)
        english = read_feed(client, "en", name)
        assert arabic.entries[0].link == BASE + url_in(untranslated, "ar")
        assert arabic.entries[0].title == "بيان صحفي بلا ترجمة"
        assert all(entry.title != "بيان صحفي بلا ترجمة" for entry in english.entries)
        assert all("/en/" in entry.link for entry in english.entries)
        assert len(arabic.entries) == len(english.entries) + 1


def test_summary_is_the_lead_as_text_even_with_markup_characters(client, newsroom):
    lead = "Tents & <paths> in Mina"
    bilingual(
        NewsArticlePage,
        newsroom,
        ("خبر-برموز", "news-with-symbols"),
        ("خبر برموز", "News with symbols"),
        lead_ar="خيام و<ممرات>",
        lead_en=lead,
        date=datetime.date(2030, 1, 2),
    )
    entry = read_feed(client, "en", "news").entries[0]
    assert entry.title == "News with symbols"
    # Atom says the summary is HTML: the lead's characters arrive escaped, never as markup.
    assert entry.summary_detail.type == "text/html"
    assert "<paths>" not in entry.summary
    assert html.unescape(entry.summary) == lead


def test_drafts_are_not_in_the_feeds(client, newsroom):
    article = bilingual(
        NewsArticlePage,
        newsroom,
        ("خبر-مسحوب", "withdrawn-news"),
        ("خبر مسحوب", "Withdrawn news"),
        lead_ar="مقدمة",
        lead_en="Lead",
    )
    assert BASE + url_in(article, "en") in {e.link for e in read_feed(client, "en", "news").entries}
    article.unpublish()
    assert BASE + url_in(article, "en") not in {e.link for e in read_feed(client, "en", "news").entries}


def test_feed_query_count_does_not_grow_with_articles(client, newsroom):
    def queries():
        with CaptureQueriesContext(connection) as context:
            read_feed(client, "en", "news")
        return len(context)

    read_feed(client, "en", "news")  # warm the site root path cache
    before = queries()
    for number in range(4):
        bilingual(
            NewsArticlePage,
            newsroom,
            (f"خبر-{number}", f"news-{number}"),
            (f"خبر {number}", f"News {number}"),
            lead_ar="مقدمة",
            lead_en="Lead",
        )
    read_feed(client, "en", "news")  # the saves above make the server read the site again once
    assert queries() == before
    assert before <= 6, before
