"""Reads of the newsroom that cross models, each at a fixed number of queries. Renditions
are left to the page, which reads every image's renditions in one query (serving.renditions)."""

from core.i18n import translated_q
from news.models import NewsArticlePage, PressAsset
from news.models.articles import ArticleQuerySet
from serving.shared import remember


def live_articles():
    """Live articles in the active language, newest first, ready for cards."""
    return NewsArticlePage.objects.for_cards()


def latest_articles(kind=None, limit=3):
    articles = live_articles()
    if kind:
        articles = articles.filter(kind=kind)
    return list(articles[:limit])


def feed_articles(kind=None, limit=20):
    """The latest public articles in the active language for a feed: one query, no images."""
    articles = NewsArticlePage.objects.live().public().filter(translated_q())
    if kind:
        articles = articles.filter(kind=kind)
    return list(articles.order_by(*ArticleQuerySet.NEWEST_FIRST)[:limit])


def organisation_logo(request=None):
    """The organisation's logo: the first logo in the live press kit, where journalists get it.

    Read once per process until content changes (serving.shared): the structured data of
    every page and the home page's renditions want it.
    """
    if request is None:
        return _first_logo()
    return remember(request, "organisation-logo", _first_logo)


def _first_logo():
    asset = (
        PressAsset.objects.filter(kind=PressAsset.Kind.LOGO, image__isnull=False, page__live=True)
        .select_related("image")
        .order_by("page__path", "sort_order", "pk")
        .first()
    )
    return asset.image if asset else None
