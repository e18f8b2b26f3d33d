"""/sitemap.xml indexes one file per section and language; together they list every live page
in each language it exists in, with hreflang alternates. /robots.txt points to the index and
keeps crawlers out of the admin and the search results."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from core import sitemaps
from core.i18n import is_translated
from home.models import StandardPage
from news.models import NewsIndexPage
from showcase.models import ShowcaseIndexPage
from tests.factories import InnovationFactory
from tests.helpers import hreflangs, url_in
from tests.seo_helpers import BASE, arabic_only, bilingual

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse_xml(response, root_tag):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap, not untrusted input)
    assert root.tag == f"{{{NS['sm']}}}{root_tag}"
    return root


def read_index(client):
    """The files /sitemap.xml lists, as paths with their query string."""
    root = parse_xml(client.get("/sitemap.xml"), "sitemapindex")
    locations = [item.findtext("sm:loc", namespaces=NS) for item in root.findall("sm:sitemap", NS)]
    assert all(location.startswith(BASE) for location in locations)
    return [location.removeprefix(BASE) for location in locations]


def read_file(client, path):
    """{loc: {"lastmod": …, "alternates": {hreflang: href}}} from one sitemap file."""
    root = parse_xml(client.get(path), "urlset")
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


def read_sitemap(client):
    """Every entry of every file the index lists; no URL is in two files."""
    entries = {}
    for path in read_index(client):
        language = re.fullmatch(r"/sitemaps/(ar|en)/[\w-]+\.xml(\?p=\d+)?", path).group(1)
        found = read_file(client, path)
        assert all(loc.startswith(f"{BASE}/{language}/") for loc in found), path  # one language a file
        assert not set(found) & set(entries)
        entries.update(found)
    return entries


def live_pages():
    return list(Page.objects.live().filter(depth__gte=2).order_by("path"))


def test_sitemap_lists_every_live_page_in_each_of_its_languages(client, filled_pages):
    untranslated = arabic_only(StandardPage, filled_pages[StandardPage], "صفحة-فرعية", "صفحة فرعية")
    entries = read_sitemap(client)
    expected = set()
    for page in live_pages():
        expected.add(BASE + url_in(page, "ar"))
        if is_translated(page, "en"):
            expected.add(BASE + url_in(page, "en"))
    # Checked against pages of every type, one of them in Arabic only.
    assert {page.pk for page in [*filled_pages.values(), untranslated]} <= {page.pk for page in live_pages()}
    assert set(entries) == expected


def test_each_entry_has_alternates_and_lastmod(client, filled_pages):
    entries = read_sitemap(client)
    for page in live_pages():
        arabic, english = BASE + url_in(page, "ar"), BASE + url_in(page, "en")
        for loc in (arabic, english):
            entry = entries[loc]
            assert entry["alternates"] == {"ar": arabic, "en": english, "x-default": arabic}
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["lastmod"])
            assert entry["lastmod"] == timezone.localdate(page.last_published_at).isoformat()


def test_sitemap_alternates_match_the_pages_own_hreflang(client, filled_pages):
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
    def queries(path):
        with CaptureQueriesContext(connection) as context:
            client.get(path)
        return len(context)

    files = read_index(client)  # also warms the site root path cache
    before = {path: queries(path) for path in ["/sitemap.xml", *files]}
    for number in range(5):
        bilingual(
            StandardPage, home, (f"صفحة-{number}", f"page-{number}"), (f"صفحة {number}", f"Page {number}")
        )
    arabic_only(StandardPage, home, "صفحة-عربية", "صفحة عربية")
    assert read_index(client) == files
    assert {path: queries(path) for path in before} == before
    assert before["/sitemap.xml"] <= 3 + 2 * len(files), before  # one query per file, a few more
    assert max(count for path, count in before.items() if path != "/sitemap.xml") <= 6, before


def test_each_section_has_a_file_per_language(client, filled_pages):
    files = read_index(client)
    showcase, newsroom = filled_pages[ShowcaseIndexPage], filled_pages[NewsIndexPage]
    for language in ("ar", "en"):
        assert f"/sitemaps/{language}/pages.xml" in files  # the home page and the top-level pages
        for section in (showcase, newsroom):
            path = f"/sitemaps/{language}/{section.pk}.xml"
            assert path in files
            entries = read_file(client, path)
            assert BASE + url_in(section, language) in entries
            for child in section.get_children().live().specific():
                if is_translated(child, language):
                    assert BASE + url_in(child, language) in entries


def test_files_are_paginated_and_nothing_is_lost(client, filled_pages, monkeypatch):
    showcase = filled_pages[ShowcaseIndexPage]
    for _ in range(3):  # six pages in the showcase's section: two files of three
        InnovationFactory(parent=showcase, revision=True)
    everything = read_sitemap(client)
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 3)
    files = read_index(client)
    for language in ("ar", "en"):
        first = f"/sitemaps/{language}/{showcase.pk}.xml"
        assert f"{first}?p=2" in files
        pages = [path for path in files if path.startswith(first)]
        assert pages == [first] + [f"{first}?p={n}" for n in range(2, len(pages) + 1)]
        assert client.get(f"{first}?p={len(pages) + 1}").status_code == 404
    assert all(len(read_file(client, path)) <= 3 for path in files)
    assert read_sitemap(client) == everything


@pytest.mark.parametrize(
    "path",
    [
        "/sitemaps/fr/pages.xml",
        "/sitemaps/ar/nothing.xml",
        "/sitemaps/en/pages.xml?p=abc",
        "/sitemaps/ar/pages.xml?p=0",
    ],
)
def test_unknown_files_are_404s(client, path):
    assert client.get(path).status_code == 404


def test_sitemaps_can_be_cached_like_pages(client):
    for path in ["/sitemap.xml", *read_index(client)]:
        response = client.get(path)
        assert not response.cookies
        assert "no-store" not in response.get("Cache-Control", "")
        assert "private" not in response.get("Cache-Control", "")


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
