"""Which URLs a change to a page touches, in both languages.

Every change touches the page and its descendants (their URLs start with its slug and their
breadcrumbs show its title), its parent (the index that lists it), the home page, search,
the sitemap. A page in the main menu, or the home page itself, shows on every page: its
change purges everything. What else shows a page (related innovations, a partner's list,
the feeds) each app says itself with `register`, so this package imports no app.
"""

import contextlib

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from core.i18n import LANGUAGE_CODES

_rules = []


def register(model):
    """`@register(InnovationPage)` on a function(page) that yields pages or paths that show
    `page`; it runs on the state before a change and on the state after it."""

    def decorator(function):
        _rules.append((model, function))
        return function

    return decorator


class Targets:
    def __init__(self):
        self.paths = set()
        self.everything = False

    def add_page(self, page, with_subpaths=True):
        self.paths.update(page_paths(page, with_subpaths))

    def add(self, item):
        if isinstance(item, Page):
            self.add_page(item)
        else:
            self.paths.add(item)

    def merge(self, other):
        if other is not None:
            self.paths |= other.paths
            self.everything = self.everything or other.everything


def page_paths(page, with_subpaths=True):
    """The page's URL in each language (an untranslated page answers with a notice there)
    and, for routable pages, the sub-URLs it declares."""
    subpaths = ["/"]
    if with_subpaths:
        try:
            subpaths = page.specific_deferred.get_cached_paths() or ["/"]
        except AttributeError:
            subpaths = ["/"]
    paths = set()
    for code in LANGUAGE_CODES:
        with translation.override(code):
            parts = page.get_url_parts()
        if parts:
            paths.update(parts[2] + sub.lstrip("/") for sub in subpaths)
    return paths


def language_paths(url_name):
    """A non-page URL (search, feeds) in each language; nothing if it is not routed."""
    paths = set()
    for code in LANGUAGE_CODES:
        with translation.override(code), contextlib.suppress(NoReverseMatch):
            paths.add(reverse(url_name))
    return paths


def site_wide_paths():
    """What lists every page: search results and the sitemap. Purging `/sitemap.xml` drops
    every path under `/sitemap` too (keys.PREFIX_GROUPS): the index and its sections."""
    return language_paths("search") | {"/sitemap.xml"}


def _site_root_ids():
    return set(Site.objects.values_list("root_page_id", flat=True))


def targets_for(page):
    """Everything a change to `page` (as it is now in memory and the database) touches."""
    targets = Targets()
    page = page.specific_deferred if type(page) is Page else page
    root_ids = _site_root_ids()
    if page.pk in root_ids or (page.show_in_menus and page.get_parent().pk in root_ids):
        targets.everything = True
    subtree = Page.objects.descendant_of(page, inclusive=True).exclude(pk=page.pk)
    targets.add_page(page)
    for descendant in subtree:
        targets.add_page(descendant, with_subpaths=False)
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        targets.add_page(parent)
    for root in Page.objects.filter(pk__in=root_ids):
        targets.add_page(root)
    targets.paths |= site_wide_paths()
    for model, rule in _rules:
        if isinstance(page, model):
            for item in rule(page):
                targets.add(item)
    return targets


def every_page_path():
    """Every live page in both languages, with the site-wide URLs (for a CDN's full purge)."""
    paths = site_wide_paths()
    for page in Page.objects.live().filter(depth__gt=1):
        paths |= page_paths(page, with_subpaths=False)
    return sorted(paths)
