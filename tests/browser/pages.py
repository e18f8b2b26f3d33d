"""The page types the browser tests and the audit visit, and their Arabic mirrors."""

import re
import urllib.request
from html import unescape
from urllib.parse import parse_qs, urlsplit

# One page of each type in the demo content, by its English address.
PAGE_TYPES = {
    "HomePage": "/en/",
    "StandardPage": "/en/camp-story/",
    "PartnerIndexPage": "/en/partners/",
    "PartnerPage": "/en/partners/manafe-consulting/",
    "ShowcaseIndexPage": "/en/innovations/",
    "InnovationPage": "/en/innovations/live-crowd-map/",
    "NewsIndexPage": "/en/news/",
    "NewsArticlePage": "/en/news/innovative-hajj-camp-agreement-signed/",
    "PressKitPage": "/en/press-kit/",
}

SWITCH_LINK = re.compile(r'<a\b[^>]*data-testid="language-switch"[^>]*>', re.S)
HREF = re.compile(r'href="([^"]+)"')


def switcher_target(html):
    """Where the language switcher on a page leads (its `next`), as a path."""
    tag = SWITCH_LINK.search(html)
    if not tag:
        raise AssertionError("The page has no language switcher link.")
    href = unescape(HREF.search(tag.group(0)).group(1))
    return parse_qs(urlsplit(href).query)["next"][0]


def page_urls(base_url):
    """{page type: {"en": path, "ar": path}}, the Arabic path read from the switcher."""
    urls = {}
    for name, english in PAGE_TYPES.items():
        with urllib.request.urlopen(base_url + english, timeout=30) as response:  # noqa: S310
            html = response.read().decode()
        urls[name] = {"en": english, "ar": switcher_target(html)}
    return urls
