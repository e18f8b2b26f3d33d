"""/sitemap.xml: a sitemap index, and one sitemap file per section and language.

Every live page of the site is listed in each language it exists in, with hreflang alternates
(both languages and x-default, the Arabic URL). A section is a child of the home page with
pages below it (the showcase, the partners, the newsroom); the home page and the top-level
pages without children form the section "pages". Each file holds at most `URLS_PER_FILE` URLs
(`?p=2` and so on for the rest), far under the protocol's 50,000, so no request builds more
than that many entries however large the site grows; the index costs one query per file.

Django's `Sitemap` with `i18n` is not used: it builds the list of every item in every
language in memory to paginate it. Wagtail's sitemap is not used either: it builds its own
URLs and drops the hreflang alternates. The responses set no cookie, so the page cache keeps
them like pages.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.sitemaps.views import x_robots_tag
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Max, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES, is_translated, translated_q

URLS_PER_FILE = 1000
TOP_LEVEL_PAGES = "pages"


@dataclass
class SitemapFile:
    location: str
    last_mod: object = None


def _sections(root):
    """{key: filter} for every section under the site's home page `root`; two queries."""
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


def _site_or_404(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@x_robots_tag
def sitemap_index(request):
    """The index: one entry per section, language and file of `URLS_PER_FILE` URLs."""
    site = _site_or_404(request)
    private = Page.objects.private_q()
    files = []
    for key, section_q in _sections(site.root_page).items():
        for language in LANGUAGE_CODES:
            totals = _pages(section_q, language, private).aggregate(
                count=Count("pk"), last=Max("last_published_at")
            )
            if not totals["count"]:
                continue
            location = request.build_absolute_uri(reverse("sitemap_section", args=[language, key]))
            pages = range(1, (totals["count"] - 1) // URLS_PER_FILE + 2)
            files += [
                SitemapFile(location if number == 1 else f"{location}?p={number}", totals["last"])
                for number in pages
            ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": files}, content_type="application/xml")


@x_robots_tag
def sitemap_section(request, language, section):
    """One file: up to `URLS_PER_FILE` pages of a section that exist in `language`."""
    if language not in LANGUAGE_CODES:
        raise Http404
    site = _site_or_404(request)
    sections = _sections(site.root_page)
    if section not in sections:
        raise Http404
    pages = _pages(sections[section], language, Page.objects.private_q()).order_by("path")
    try:
        chunk = Paginator(pages, URLS_PER_FILE, allow_empty_first_page=False).page(request.GET.get("p", 1))
    except InvalidPage as error:
        raise Http404 from error
    pages = list(chunk.object_list)
    locations = _locations(request, pages)
    urls = [_entry(page, language, locations) for page in pages]
    return TemplateResponse(request, "sitemap.xml", {"urlset": urls}, content_type="application/xml")


def _locations(request, pages):
    """{(page id, language): absolute URL} for every language each page exists in.

    One pass per language: Wagtail keeps the site's root paths per request for the active
    language only, so switching language page by page would fetch them again for every URL.
    """
    locations = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            for page in pages:
                if is_translated(page, code):
                    _site_id, _root_url, path = page.get_url_parts(request=request)
                    locations[page.pk, code] = request.build_absolute_uri(path)
    return locations


def _entry(page, language, locations):
    languages = [code for code in LANGUAGE_CODES if (page.pk, code) in locations]
    alternates = [{"lang_code": code, "location": locations[page.pk, code]} for code in languages]
    # x-default is the Arabic URL itself, as in each page's <head>: every page keeps its
    # language prefix and unprefixed paths are 404s.
    alternates.append({"lang_code": "x-default", "location": locations[page.pk, settings.LANGUAGE_CODE]})
    return {
        "location": locations[page.pk, language],
        "lastmod": page.last_published_at or page.latest_revision_created_at,
        "alternates": alternates,
    }
