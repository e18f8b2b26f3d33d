"""The newsroom: Hijri dates on Arabic pages, filters by kind, tag and year, pagination."""

import datetime
import re

import pytest

from news.dates import hijri_date
from news.models import NewsArticlePage
from tests.factories import ArticleFactory, NewsIndexFactory, NewsTagFactory
from tests.helpers import parse, url_in


@pytest.fixture
def tags():
    return {name: NewsTagFactory() for name in ("partnership", "mina")}


@pytest.fixture
def newsroom(bare_home, tags):
    """A press release and five articles over three years, two kinds and two tags."""
    page = NewsIndexFactory(parent=bare_home, per_page=100)
    partnership, mina = tags["partnership"], tags["mina"]
    for date, kind, tagged in [
        ("2021-06-01", "news", [mina]),
        ("2022-04-10", "announcement", [mina]),
        ("2022-05-08", "news", [mina]),
        ("2022-07-20", "press-release", [mina, partnership]),
        ("2023-01-15", "news", [partnership]),
    ]:
        ArticleFactory(parent=page, date=datetime.date.fromisoformat(date), kind=kind, tags=tagged)
    return page


@pytest.fixture
def announcement(newsroom, tags):
    return ArticleFactory(
        parent=newsroom, date=datetime.date(2022, 3, 21), kind="press-release", tags=[tags["partnership"]]
    )


def test_hijri_conversion_is_umm_al_qura():
    assert hijri_date(datetime.date(2022, 3, 21), "ar") == "18 شعبان 1443 هـ"
    assert hijri_date(datetime.date(2026, 3, 23), "en") == "4 Shawwal 1447 AH"
    assert hijri_date(datetime.date(1900, 1, 1), "ar") == ""  # outside the calendar's table


def test_arabic_news_page_shows_both_calendars(client, announcement):
    body = client.get(url_in(announcement, "ar")).content.decode()
    assert '<time datetime="2022-03-21">21 مارس 2022</time>' in body
    assert "18 شعبان 1443 هـ" in body


def test_english_news_page_shows_the_gregorian_date_only(client, announcement):
    body = client.get(url_in(announcement, "en")).content.decode()
    assert '<time datetime="2022-03-21">21 March 2022</time>' in body
    assert "1443" not in body


def test_editors_can_override_the_hijri_date(client, announcement):
    announcement.hijri_date_override = "19 شعبان 1443 هـ"
    announcement.save_revision().publish()
    body = client.get(url_in(announcement, "ar")).content.decode()
    assert "19 شعبان 1443 هـ" in body
    assert "18 شعبان 1443 هـ" not in body


def listed(response):
    block = response.content.decode().split('data-testid="article-list"', 1)
    return set(re.findall(r'class="card__title"><a href="([^"]+)"', block[1])) if len(block) > 1 else set()


def urls(pages, language):
    return {url_in(page, language) for page in pages}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_filter_by_kind(client, newsroom, language):
    response = client.get(url_in(newsroom, language), {"kind": "press-release"})
    assert listed(response) == urls(NewsArticlePage.objects.live().filter(kind="press-release"), language)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_filter_by_tag_and_year(client, newsroom, tags, language):
    mina = tags["mina"].slug
    response = client.get(url_in(newsroom, language), {"tag": mina, "year": "2022"})
    expected = NewsArticlePage.objects.live().filter(tags__slug=mina, date__year=2022)
    assert expected.exists()
    assert listed(response) == urls(expected, language)


@pytest.mark.parametrize(
    "query", [{"kind": "gossip"}, {"tag": "nope"}, {"year": "1999"}, {"year": "20x2"}, {"year": "9" * 30}]
)
def test_unknown_filter_values_are_ignored_with_a_note(client, newsroom, query):
    response = client.get(url_in(newsroom, "en"), query)
    assert response.status_code == 200
    assert "were not recognised" in response.content.decode()
    assert listed(response) == urls(NewsArticlePage.objects.live(), "en")


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_bad_page_numbers_are_a_404(client, newsroom, page, language):
    response = client.get(url_in(newsroom, language), {"page": page})
    assert response.status_code == 404
    assert parse(response).html_attrs["lang"] == language


def test_paginated_newest_first(client, newsroom):
    newsroom.per_page = 3
    newsroom.save_revision().publish()
    first = client.get(url_in(newsroom, "en"))
    dates = list(re.findall(r'<time datetime="([\d-]+)"', first.content.decode()))
    assert dates == sorted(dates, reverse=True)
    assert len(listed(first)) == 3
    assert 'rel="next" href="?page=2"' in first.content.decode()


def test_related_articles_share_a_tag(client, announcement):
    body = client.get(url_in(announcement, "en")).content.decode()
    related = body.split("Related articles", 1)[1]
    sharing = (
        NewsArticlePage.objects.live().filter(tags__in=announcement.tags.all()).exclude(pk=announcement.pk)
    )
    assert any(url_in(page, "en") in related for page in sharing)
