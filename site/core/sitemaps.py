"""/sitemap.xml: a sitemap index, and one sitemap file per section and language.

Every live page of the site is listed in each language it exists in, with hreflang alternates
(both languages and x-default, the Arabic URL). A section is a child of the home page with
pages below it (the showcase, the partners, the newsroom); the home page and the top-level
pages without children form the section "pages". Each file holds at most `URLS_PER_FILE` URLs
(`?p=2` and so on for the rest), far under the protocol's 50,000, so no request builds more
than that many entries however large the site grows. The index counts each section's pages
in each language (one aggregate each), and a file needs its section's count to know its
pages: the sections and their counts are kept until content changes (serving.shared), as
only a save can change them.

Django's `Sitemap` with `i18n` is not used: it builds the list of every item in every
language in memory to paginate it. Wagtail's sitemap is not used either: it builds its own
URLs and drops the hreflang alternates. The index and the files are written as text, not
through templates. The responses set no cookie, so the page cache keeps them like pages.
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps.views import x_robots_tag
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page, Site

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, translated_q
from core.paging import Counted
from serving.shared import remember

URLS_PER_FILE = 1000
TOP_LEVEL_PAGES = "pages"


@dataclass
class SitemapFile:
    location: str
    last_mod: object = None


def _sections(request, site):
    """{key: filter} for every section under the site's home page, kept until content
    changes: finding the home page's children with children reads every page row under
    the home page (the path index finds the subtree; no index serves its depth), 4 ms at
    20,000 pages, on every request for the index."""
    return remember(request, ("sitemap-sections", site.pk), lambda: _read_sections(site.root_page))


def _read_sections(root):
    """{key: filter} for every section under the site's home page `root`; one query."""
    under_root = Q(path__startswith=root.path)
    branches = root.get_children().filter(numchild__gt=0).order_by("path").values_list("pk", "path")
    sections = {TOP_LEVEL_PAGES: Q(pk=root.pk) | (under_root & Q(depth=root.depth + 1, numchild=0))}
    for pk, path in branches:
        sections[str(pk)] = Q(path__startswith=path)
    return sections


def _pages(section_q, language, public_q):
    pages = Page.objects.live().filter(section_q).exclude(public_q)
    if language != DEFAULT_LANGUAGE:
        pages = pages.filter(translated_q(language))
    return pages


def _totals(request, site, key, section_q, language):
    """{"count", "last"} of the section's public pages in `language`, kept until content changes."""

    def count():
        pages = _pages(section_q, language, Page.objects.private_q())
        return pages.aggregate(count=Count("pk"), last=Max("last_published_at"))

    return remember(request, ("sitemap", site.pk, key, language), count)


def _site_or_404(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@x_robots_tag
def sitemap_index(request):
    """The index: one entry per section, language and file of `URLS_PER_FILE` URLs."""
    site = _site_or_404(request)
    files = []
    for key, section_q in _sections(request, site).items():
        for language in LANGUAGE_CODES:
            totals = _totals(request, site, key, section_q, language)
            if not totals["count"]:
                continue
            location = request.build_absolute_uri(reverse("sitemap_section", args=[language, key]))
            pages = range(1, (totals["count"] - 1) // URLS_PER_FILE + 2)
            files += [
                SitemapFile(location if number == 1 else f"{location}?p={number}", totals["last"])
                for number in pages
            ]
    # Written as text, as the files are: the index lists a file per thousand pages, and
    # Django's template loop made it the part of the request that grew with the site.
    body = "".join(_index_entry(file) for file in files)
    return HttpResponse(f"{INDEX_OPEN}\n{body}\n</sitemapindex>\n", content_type="application/xml")


INDEX_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def _index_entry(file):
    # As Django's sitemap_index.xml: the location escaped, the date in ISO 8601 ("c") in the
    # site's time zone.
    lastmod = f"<lastmod>{timezone.localtime(file.last_mod).isoformat()}</lastmod>" if file.last_mod else ""
    return f"<sitemap><loc>{escape(file.location)}</loc>{lastmod}</sitemap>"


@x_robots_tag
def sitemap_section(request, language, section):
    """One file: up to `URLS_PER_FILE` pages of a section that exist in `language`.

    Built from a few columns per page (`.values()`, no page objects) and written as XML
    text directly: a file of a thousand URLs with their alternates costs one query and a
    string join, not a thousand `get_url_parts` calls and a template loop.
    """
    if language not in LANGUAGE_CODES:
        raise Http404
    site = _site_or_404(request)
    sections = _sections(request, site)
    if section not in sections:
        raise Http404
    pages = _pages(sections[section], language, Page.objects.private_q()).order_by("path")
    columns = ["pk", "last_published_at", "latest_revision_created_at"]
    columns += [f"url_path_{code}" for code in LANGUAGE_CODES]
    columns += [f"title_{code}" for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]
    total = _totals(request, site, section, sections[section], language)["count"]
    try:
        chunk = Paginator(
            Counted(pages.values(*columns), total), URLS_PER_FILE, allow_empty_first_page=False
        ).page(request.GET.get("p", 1))
    except InvalidPage as error:
        raise Http404 from error
    bases = _language_bases(request, site)
    body = "".join(_entry(row, language, bases) for row in chunk.object_list)
    return HttpResponse(f"{URLSET_OPEN}{body}</urlset>\n", content_type="application/xml")


URLSET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
)


def _language_bases(request, site):
    """{language: (absolute URL of the home page in it, the home page's url_path in it)}: a
    page's URL is its base plus the rest of its own url_path, quoted as `reverse` quotes it
    (`Page.get_url_parts` does the same through `reverse("wagtail_serve")` per page)."""
    root = site.root_page
    bases = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            _site_id, _root_url, path = root.get_url_parts(request=request)
        bases[code] = (request.build_absolute_uri(path), getattr(root, f"url_path_{code}") or root.url_path)
    return bases


def _location(row, code, bases):
    base, root_path = bases[code]
    url_path = row[f"url_path_{code}"] or row[f"url_path_{DEFAULT_LANGUAGE}"]
    return base + quote(url_path[len(root_path) :], safe=RFC3986_SUBDELIMS + "/~:@")


def _entry(row, language, bases):
    codes = [code for code in LANGUAGE_CODES if code == DEFAULT_LANGUAGE or row[f"title_{code}"]]
    locations = {code: escape(_location(row, code, bases)) for code in codes}
    # x-default is the Arabic URL itself, as in each page's <head>: every page keeps its
    # language prefix and unprefixed paths are 404s.
    links = [*((code, locations[code]) for code in codes), ("x-default", locations[settings.LANGUAGE_CODE])]
    lastmod = row["last_published_at"] or row["latest_revision_created_at"]
    return "".join(
        [
            f"<url><loc>{locations[language]}</loc>",
            f"<lastmod>{timezone.localtime(lastmod):%Y-%m-%d}</lastmod>" if lastmod else "",
            *(f'<xhtml:link rel="alternate" hreflang="{code}" href="{href}"/>' for code, href in links),
            "</url>",
        ]
    )
