"""Reads of the newsroom that cross models, each at a fixed number of queries."""

from core.i18n import translated_q
from news.models import NewsArticlePage, PressAsset


def live_articles():
    """Live articles in the active language, newest first, ready for cards."""
    return (
        NewsArticlePage.objects.live()
        .filter(translated_q())
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-date", "-first_published_at", "-pk")
    )


def latest_articles(kind=None, limit=3):
    articles = live_articles()
    if kind:
        articles = articles.filter(kind=kind)
    return list(articles[:limit])


def related_articles(article, limit=3):
    """The editors' choice of related articles, else the latest sharing a tag."""
    chosen = list(live_articles().filter(pk__in=article.related_articles.values("pk"))[:limit])
    if chosen:
        return chosen
    tag_ids = list(article.tags.values_list("pk", flat=True))
    if not tag_ids:
        return []
    return list(live_articles().filter(tags__in=tag_ids).exclude(pk=article.pk).distinct()[:limit])


def press_assets(press_kit):
    return list(
        PressAsset.objects.filter(page=press_kit)
        .select_related("image", "document")
        .prefetch_related("image__renditions")
        .order_by("sort_order", "pk")
    )


def feed_articles(kind=None, limit=20):
    """The latest public articles in the active language for a feed: one query, no images."""
    articles = NewsArticlePage.objects.live().public().filter(translated_q())
    if kind:
        articles = articles.filter(kind=kind)
    return list(articles.order_by("-date", "-first_published_at", "-pk")[:limit])


def organisation_logo():
    """The organisation's logo: the first logo in the live press kit, where journalists get it."""
    asset = (
        PressAsset.objects.filter(kind=PressAsset.Kind.LOGO, image__isnull=False, page__live=True)
        .select_related("image")
        .order_by("page__path", "sort_order", "pk")
        .first()
    )
    return asset.image if asset else None
