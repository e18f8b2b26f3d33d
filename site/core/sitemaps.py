"""/sitemap.xml: every live page of the site in each language it exists in, with hreflang.

Django's own Sitemap does the i18n work (`i18n`, `alternates`, `x_default`): it lists each
page once per language and calls `location` with that language active. Wagtail's sitemap is
not used, because it builds its own URLs and drops those options.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from wagtail.models import Page, Site

from core.i18n import LANGUAGE_CODES, is_translated


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request)

    def items(self):
        if self.site is None:
            return Page.objects.none()
        # Plain Page rows: the URL, the titles that say which languages exist, the dates.
        return (
            Page.objects.live().public().descendant_of(self.site.root_page, inclusive=True).order_by("path")
        )

    def get_languages_for_item(self, item):
        # An English URL exists only for a page translated into English; Django uses this
        # both for the <url> entries and for each entry's alternates.
        return [code for code in LANGUAGE_CODES if is_translated(item, code)]

    def location(self, item):
        # Called with the item's language active, so the path carries its prefix and slug.
        _site_id, _root_url, path = item.get_url_parts(request=self.request)
        return path

    def lastmod(self, item):
        return item.last_published_at or item.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            self._point_x_default_at_default_language(url["alternates"])
        return urls

    @staticmethod
    def _point_x_default_at_default_language(alternates):
        # Django makes x-default the default language's URL without its prefix (/ar/x/ ->
        # /x/). Here every page keeps its prefix and unprefixed paths are 404s, so x-default
        # is the Arabic URL itself, as in each page's <head>.
        default = next((alt for alt in alternates if alt["lang_code"] == settings.LANGUAGE_CODE), None)
        for alternate in alternates:
            if alternate["lang_code"] == "x-default" and default:
                alternate["location"] = default["location"]


def sitemap(request):
    return sitemap_view(request, {"pages": PageSitemap(request)})
