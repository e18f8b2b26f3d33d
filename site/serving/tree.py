"""The rows of the page tree one request needs, read in one query and kept on the request.

Wagtail walks the tree one level at a time to find a page (two queries a level), asks again
for its ancestors to check view restrictions, and the breadcrumbs and the menu ask once more.
All of them read the same few rows: the site root and its ancestors, the root's children
shown in menus, and, at each step of the path, the pages at that depth whose slug in some
language is that step. `PageTree` fetches exactly those,
marked with whether a view restriction applies to each, so routing (serving.routing),
`BasePage.get_view_restrictions`, the breadcrumbs and the menu need no query of their own.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from modeltranslation.settings import AVAILABLE_LANGUAGES
from wagtail.models import Page, PageViewRestriction, Site

from core.fallbacks import with_fallback

_ATTR = "_serving_page_tree"


class PageTree:
    def __init__(self, site, path_components=()):
        self.site = site
        self.root = site.root_page
        rows = list(_rows(self.root, path_components))
        by_pk = {row.pk: row for row in rows}
        # The site's own root page object, so that what is cached on it (`.specific`) is shared
        # with everything else that reads `site.root_page`.
        self.root.serving_restricted = by_pk[self.root.pk].serving_restricted
        by_pk[self.root.pk] = self.root
        self.rows = [by_pk[row.pk] for row in rows]
        self.root_chain = [row for row in self.rows if self.root.path.startswith(row.path)]

    def children(self, page):
        """The children of `page` this tree read: for the site root, only those shown in
        menus and the one the path names (see `_rows`), not every child."""
        return [row for row in self.rows if row.depth == page.depth + 1 and row.path.startswith(page.path)]

    def child_by_slug(self, page, slug):
        """The child Wagtail's (translated) routing would take: the first whose slug in the
        active language, with modeltranslation's fallback, is `slug`."""
        with with_fallback():  # as pagetree.slugs: an untranslated page keeps its Arabic slug
            return next((child for child in self.children(page) if child.slug == slug), None)


def _rows(root, path_components):
    steplen = Page.steplen
    ancestors_and_root = [root.path[:end] for end in range(steplen, len(root.path) + 1, steplen)]
    # Of the root's children only those the menu lists and the one the path names: a site
    # may keep thousands of pages directly under its home page, and every request would
    # build them all.
    menu = Q(depth=root.depth + 1, path__startswith=root.path, show_in_menus=True)
    wanted = Q(path__in=ancestors_and_root) | menu
    # One flat arm per step and language (not a step's arm holding an OR of languages): SQLite
    # then reads each arm from its slug index, where a nested OR made it scan the whole table.
    for level, component in enumerate(path_components, start=1):
        for code in AVAILABLE_LANGUAGES:
            wanted |= Q(depth=root.depth + level, path__startswith=root.path, **{f"slug_{code}": component})
    # An alias shares the view restrictions of the page it copies (as in Wagtail).
    restricted = PageViewRestriction.objects.filter(page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk")))
    return Page.objects.filter(wanted).annotate(serving_restricted=Exists(restricted)).order_by("path")


def load(request, path_components=()):
    """The request's tree, read now for `path_components` (replacing any earlier read)."""
    site = Site.find_for_request(request)
    tree = PageTree(site, path_components) if site else None
    setattr(request, _ATTR, tree)
    return tree


def for_request(request):
    """The tree read while routing this request, else the site root and its menu."""
    if not hasattr(request, _ATTR):
        load(request)
    return getattr(request, _ATTR)


def load_specific(page):
    """`page.specific`, in one query that also brings the images the page type names in
    `served_with` (its image foreign keys), and cached as `page.specific` is."""
    if "specific" in page.__dict__:
        return page.__dict__["specific"]
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    queryset = model._default_manager.all()
    if getattr(model, "served_with", ()):
        queryset = queryset.select_related(*model.served_with)
    specific = queryset.get(pk=page.pk)
    # As Wagtail's get_specific does: keep what was set on the generic object.
    for key, value in page.__dict__.items():
        specific.__dict__.setdefault(key, value)
    page.__dict__["specific"] = specific
    return specific


def served_restrictions(page):
    """The view restrictions on a page served through the tree, from its `serving_chain`
    (the page and its ancestors); None when the page was not served that way."""
    chain = getattr(page, "serving_chain", None)
    if chain is None:
        return None
    ids = [row.alias_of_id or row.pk for row in chain if row.serving_restricted]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page_id__in=ids)
