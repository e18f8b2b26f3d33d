"""/sitemap.xml lists every live page in each language it exists in, with hreflang alternates;
/robots.txt points to it and keeps crawlers out of the admin and the search results."""

import re
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from core.i18n import is_translated
from home.models import StandardPage
from tests.helpers import hreflangs, url_in
from tests.seo_helpers import BASE, arabic_only, bilingual

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client):
    """{loc: {"lastmod": …, "alternates": {hreflang: href}}} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap, not untrusted input)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in entries, f"{loc} listed twice"
        entries[loc] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return entries


def live_pages():
    return list(Page.objects.live().filter(depth__gte=2).order_by("path"))


def test_sitemap_lists_every_live_page_in_each_of_its_languages(client):
    entries = read_sitemap(client)
    expected = set()
    for page in live_pages():
        expected.add(BASE + url_in(page, "ar"))
        if is_translated(page, "en"):
            expected.add(BASE + url_in(page, "en"))
    assert len(live_pages()) >= 20  # the demo site, in full
    assert set(entries) == expected


def test_each_entry_has_alternates_and_lastmod(client):
    entries = read_sitemap(client)
    for page in live_pages():
        arabic, english = BASE + url_in(page, "ar"), BASE + url_in(page, "en")
        for loc in (arabic, english):
            entry = entries[loc]
            assert entry["alternates"] == {"ar": arabic, "en": english, "x-default": arabic}
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["lastmod"])
            assert entry["lastmod"] == timezone.localdate(page.last_published_at).isoformat()


def test_sitemap_alternates_match_the_pages_own_hreflang(client):
    entries = read_sitemap(client)
    for page in live_pages():
        for language in ("ar", "en"):
            response = client.get(url_in(page, language))
            assert entries[BASE + url_in(page, language)]["alternates"] == hreflangs(response)


def test_untranslated_page_is_listed_in_arabic_only(client, home):
    page = arabic_only(StandardPage, home, "عربية-فقط", "صفحة عربية فقط", intro="نص")
    entries = read_sitemap(client)

    arabic = BASE + url_in(page, "ar")
    assert BASE + url_in(page, "en") not in entries
    assert not any("/en/" in loc and page.slug_ar in loc for loc in entries)
    assert entries[arabic]["alternates"] == {"ar": arabic, "x-default": arabic}


def test_drafts_and_unpublished_pages_are_left_out(client, home):
    page = bilingual(StandardPage, home, ("مسودة", "draft"), ("مسودة", "Draft"))
    assert BASE + url_in(page, "en") in read_sitemap(client)
    page.unpublish()
    entries = read_sitemap(client)
    assert BASE + url_in(page, "ar") not in entries
    assert BASE + url_in(page, "en") not in entries


def test_sitemap_query_count_does_not_grow_with_pages(client, home):
    def queries():
        with CaptureQueriesContext(connection) as context:
            read_sitemap(client)
        return len(context)

    read_sitemap(client)  # warm the site root path cache
    before = queries()
    for number in range(5):
        bilingual(
            StandardPage, home, (f"صفحة-{number}", f"page-{number}"), (f"صفحة {number}", f"Page {number}")
        )
    arabic_only(StandardPage, home, "صفحة-عربية", "صفحة عربية")
    assert len(read_sitemap(client)) > 0
    assert queries() == before
    assert before <= 3, before


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = [line.strip() for line in response.content.decode().splitlines() if line.strip()]
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert {"Disallow: /admin/", "Disallow: /ar/search/", "Disallow: /en/search/"} <= set(lines)
    assert "Disallow: /language/" in lines  # the switcher's redirect; hreflang names the mirrors
    assert not any(line in ("Disallow: /", "Disallow: /ar/", "Disallow: /en/") for line in lines)
    [sitemap] = [line for line in lines if line.startswith("Sitemap:")]
    sitemap_url = sitemap.removeprefix("Sitemap:").strip()
    assert sitemap_url == f"{BASE}/sitemap.xml"
    assert client.get(sitemap_url.removeprefix(BASE)).status_code == 200
