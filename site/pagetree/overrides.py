"""Overrides of wagtail-modeltranslation 0.16.1's page routing and slug validation.

The library (wagtail_modeltranslation/patch_wagtailadmin.py) patches every translated page
model so that slugs can differ per language:

- `_new_route` replaces `Page.route`: to find the child named by a URL segment it loads every
  child of the page (`self.get_children()`) and compares `page.slug` in Python. A request for
  one innovation therefore builds every innovation of the showcase, and a 404 under the
  showcase does the same: the cost grows with the size of the section.
- `_validate_slugs`, called by the `clean` it installs on each model, loads every sibling to
  check that the slug is free in each language, several times per publish.

Both are replaced by one database query each, with the same meaning: a page's slug in a
language is that language's column, falling back like modeltranslation does (English to
Arabic), and the first matching child in tree order wins. tests/pagetree/ pins the library
code these replace, so an upgrade that changes it fails a test instead of silently dropping
or doubling the override.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin
from wagtail_modeltranslation.patch_wagtailadmin import WagtailTranslator

from pagetree.slugs import slug_columns, slug_in, slug_q

# The library functions these overrides replace (tests compare them with the installed ones).
LIBRARY_ROUTE = patch_wagtailadmin._new_route
LIBRARY_VALIDATE_SLUGS = patch_wagtailadmin._validate_slugs


def find_child(page, slug, language=None):
    """The child of `page` whose slug in `language` (default: active) is `slug`, or None."""
    language = language or get_language()
    return page.get_children().filter(slug_q(language, slug)).order_by("path").first()


def route(self, request, path_components):
    """`Page.route` with modeltranslation's slug fallback, one query per URL segment."""
    if isinstance(self, RoutablePageMixin) and self.live:
        # As RoutablePageMixin.route: the page's own sub-URLs come before its children.
        try:
            path = "/" + "".join(f"{component}/" for component in path_components)
            resolver_match = self.resolve_subpage(path)
            request.routable_resolver_match = resolver_match
            view, args, kwargs = resolver_match
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass

    if path_components:
        child = find_child(self, path_components[0])
        if child is None:
            raise Http404
        child._cached_parent_obj = self  # as Wagtail's own route: spares a query for the parent
        return child.specific.route(request, path_components[1:])

    if self.live:
        return RouteResult(self)
    raise Http404


def validate_slugs(page):
    """Per language, whether a sibling already shows the page's slug: one query in all.

    Returns the library's `{"slug_<code>": message}` errors. It asks the database for the
    siblings that clash in any language instead of reading every sibling's slug.
    """
    parent = page.get_parent()
    if parent is None:
        return {}  # the tree root's slug can be anything

    from modeltranslation.settings import AVAILABLE_LANGUAGES

    own = {column: getattr(page, column, None) for column in slug_columns()}
    wanted = {code: slug_in(own, code) for code in AVAILABLE_LANGUAGES}
    clash = None
    for code, slug in wanted.items():
        condition = slug_q(code, slug)
        clash = condition if clash is None else clash | condition
    clashing = list(page.get_siblings(inclusive=False).filter(clash).values(*slug_columns()))

    errors = {}
    for code, slug in wanted.items():
        if any(slug_in(sibling, code) == slug for sibling in clashing):
            errors[build_localized_fieldname("slug", code)] = _("This slug is already in use")
    return errors


def install():
    """Put `route` on every model the library patched and `validate_slugs` where it calls it."""
    for model in WagtailTranslator._patched_models:
        if model.__dict__.get("route") is LIBRARY_ROUTE:
            model.route = route
    # The `clean` the library installs looks `_validate_slugs` up in its module at call time.
    patch_wagtailadmin._validate_slugs = validate_slugs
