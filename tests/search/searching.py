"""Helpers for the search tests: publish a page the way editors do, read the result list."""

import hashlib
import re
from html import unescape

from django.utils import translation
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import translated_page

_RESULT = re.compile(r'<li class="search-result" data-testid="search-result">(.*?)</li>', re.S)
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_KIND = re.compile(r'<p class="search-result__kind">(.*?)</p>', re.S)
_EXCERPT = re.compile(r'<p class="search-result__excerpt">(.*?)</p>', re.S)


def publish_page(parent, *, title, body=("", ""), slug=None, model=StandardPage, **fields):
    """A page under `parent`, published through a revision (what the admin does), so the
    publishing signals run. `title` and `body` are (Arabic, English); an empty English title
    leaves the page untranslated."""
    if slug is None:
        digest = hashlib.sha256(title[0].encode()).hexdigest()[:10]
        slug = (f"صفحة-{digest}", f"page-{digest}")
    if model is StandardPage:
        fields["body_ar"] = [("paragraph", f"<p>{body[0]}</p>")] if body[0] else []
        fields["body_en"] = [("paragraph", f"<p>{body[1]}</p>")] if body[1] else []
    return translated_page(model, parent, title, slug, **fields)


def republish(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def results(response):
    """The results on a search page: url, title (text and HTML), kind, excerpt HTML."""
    found = []
    for item in _RESULT.findall(response.content.decode()):
        href, title_html = _LINK.search(item).groups()
        excerpt = _EXCERPT.search(item)
        found.append(
            {
                "url": unescape(href),
                "title_html": title_html.strip(),
                "title": unescape(re.sub(r"<[^>]+>", "", title_html)).strip(),
                "kind": unescape(_KIND.search(item).group(1)).strip(),
                "excerpt_html": excerpt.group(1).strip() if excerpt else "",
            }
        )
    return found


def result_urls(response):
    return [result["url"] for result in results(response)]


def url_of(page, language):
    with translation.override(language):
        return page.get_url()


def search(client, language, query, **params):
    return client.get(f"/{language}/search/", {"q": query, **params})
