"""What else shows a news article, the press kit or a tag, for the page cache's purge."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site

from news.models import NewsArticlePage, NewsIndexPage, NewsTag, PressKitPage
from pagecache.purge import enabled, purge_urls
from pagecache.targets import language_paths, page_paths, register, site_wide_paths


def feed_paths():
    return language_paths("news_feed") | language_paths("press_release_feed")


@register(NewsArticlePage)
def article_neighbours(page):
    # The feeds and the press kit (its latest press releases) list articles; an article
    # shows the articles chosen as related, else the latest sharing a tag.
    yield from feed_paths()
    yield from PressKitPage.objects.all()
    yield from NewsArticlePage.objects.filter(related_articles=page.pk)
    tag_ids = [tag.pk for tag in page.tags.all()]
    if tag_ids:
        yield from NewsArticlePage.objects.filter(tags__in=tag_ids).exclude(pk=page.pk).distinct()


@register(PressKitPage)
def press_kit_neighbours(page):
    # The press kit's logo is the organisation's logo in every article's structured data.
    yield from NewsArticlePage.objects.all()


@receiver(post_save, sender=NewsTag)
@receiver(post_delete, sender=NewsTag)
def purge_tag(sender, instance, **kwargs):
    if not enabled():
        return
    # Tags are in the newsroom's filter and on the articles that carry them.
    pages = [
        *Page.objects.type(NewsIndexPage, NewsArticlePage),
        *Page.objects.filter(pk__in=Site.objects.values("root_page_id")),
    ]
    paths = {path for page in pages for path in page_paths(page, with_subpaths=False)}
    purge_urls(paths | site_wide_paths() | feed_paths())
