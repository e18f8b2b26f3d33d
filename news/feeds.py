"""Atom feeds of the newsroom, one per language (the URL's prefix picks it): all news, and
press releases alone. An English feed lists only the articles translated into English."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.fallbacks import own_language_only
from core.i18n import current_language
from news.models import ArticleKind, NewsIndexPage
from news.selectors import feed_articles
from seo import metadata


@dataclass
class FeedSource:
    """What one request's feed is made of (the Feed instance itself is shared by all requests)."""

    request: HttpRequest
    site_name: str
    link: str
    url: str


class NewsFeed(Feed):
    feed_type = Atom1Feed
    kind = None
    limit = 20
    url_name = "news_feed"

    @classmethod
    def heading(cls):
        return pgettext("feed title", "News")

    def get_object(self, request, *args, **kwargs):
        newsroom = NewsIndexPage.objects.live().first()
        link_page = newsroom if newsroom and newsroom.is_translated() else metadata.site_root(request)
        link = metadata.page_url(request, link_page) if link_page else f"/{current_language()}/"
        return FeedSource(
            request=request,
            site_name=metadata.site_name(request),
            link=link,
            url=metadata.absolute(request, request.path),
        )

    def title(self, source):
        return feed_title(source.site_name, self.heading())

    def subtitle(self, source):
        return metadata.default_description(source.request)

    def link(self, source):
        return source.link

    def feed_guid(self, source):
        # Atom's feed id: each feed's own address (the news and press-release feeds share
        # their `link`, the newsroom).
        return source.url

    def author_name(self, source):
        return source.site_name

    def items(self, source):
        return feed_articles(kind=self.kind, limit=self.limit)

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # Atom marks the summary as HTML; the lead is plain text.
        with own_language_only():
            return escape(article.lead)

    def item_link(self, article):
        return article.get_url()

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.modified_at

    def item_categories(self, article):
        return [article.get_kind_display()]


class PressReleaseFeed(NewsFeed):
    kind = ArticleKind.PRESS_RELEASE
    url_name = "press_release_feed"

    @classmethod
    def heading(cls):
        return pgettext("feed title", "Press releases")


FEEDS = (NewsFeed, PressReleaseFeed)


def feed_title(site_name, heading):
    # Translators: the title of a news feed, e.g. "Innovative Hajj Camp: Press releases".
    return _("%(site)s: %(feed)s") % {"site": site_name, "feed": heading}


def newsroom_feed_links(request):
    """The feeds in the active language, for `<link rel="alternate">` in the page's `<head>`."""
    name = metadata.site_name(request)
    return [
        {"title": feed_title(name, feed.heading()), "url": metadata.absolute(request, reverse(feed.url_name))}
        for feed in FEEDS
    ]
