"""Template tags every page uses: language versions of the current URL, menus."""

from django import template
from wagtail.models import Page, Site

from core.i18n import (
    DEFAULT_LANGUAGE,
    DIRECTIONS,
    LANGUAGE_CODES,
    OG_LOCALES,
    current_language,
    is_translated,
    page_url_in,
    path_in,
    switch_url,
)
from serving import tree as page_tree

register = template.Library()

LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per language for the current URL: where it is, and whether it exists.

    On a page the mirror is the page's own URL in the other language (its own slug); on
    any other view (search, errors) it is the same path under the other prefix. The query
    string is kept, re-encoded, so an Arabic search survives the switch.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk and not context.get("is_error_page")
    query = request.GET.urlencode()
    here = current_language()
    versions = []
    for code in LANGUAGE_CODES:
        if is_page:
            url = page_url_in(page, code, request)
            available = is_translated(page, code)
        else:
            url = path_in(request.path, code)
            available = True
        versions.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "dir": DIRECTIONS[code],
                "og_locale": OG_LOCALES[code],
                "url": url,
                "full_url": request.build_absolute_uri(url) if url else "",
                "switch_url": switch_url(code, url, query) if url else "",
                "available": available,
                "current": code == here,
            }
        )
    return versions


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level pages shown in menus, in the active language only (cached per request).

    They are the site root's live children marked for menus, read with the request's page
    tree (serving.tree), which routing has usually read already.
    """
    request = context.get("request")
    if request is None:
        return []
    cache_attr = f"_main_menu_{current_language()}"
    if not hasattr(request, cache_attr):
        tree = page_tree.for_request(request)
        items = []
        if tree is not None:
            children = [
                p for p in tree.children(tree.root) if p.live and p.show_in_menus and is_translated(p)
            ]
            items = [{"title": p.title, "url": p.get_url(request), "page": p} for p in children]
        setattr(request, cache_attr, items)
    return getattr(request, cache_attr)


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    root = _site_root(request) if request else None
    return root.get_url(request) if root else f"/{current_language()}/"


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with `page` set to `number`, filters kept."""
    from core.paging import page_query as build

    return build(context["request"].GET, number)


def _crumb(page, request):
    # An ancestor not yet translated is still on the way: named in Arabic, marked as Arabic.
    url = page.get_url(request)
    if page.title:
        return {"title": page.title, "url": url, "lang": ""}
    title = getattr(page, f"title_{DEFAULT_LANGUAGE}")
    return {"title": title, "url": url, "lang": DEFAULT_LANGUAGE, "dir": DIRECTIONS[DEFAULT_LANGUAGE]}


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page):
    """The page's ancestors from the home page down (cached per request)."""
    request = context.get("request")
    if request is None or not isinstance(page, Page) or page.depth <= 2:
        return []
    cache_attr = f"_breadcrumbs_{page.pk}_{current_language()}"
    if not hasattr(request, cache_attr):
        # The page being served knows its ancestors from routing (serving.routing).
        chain = getattr(page, "serving_chain", None)
        if chain is not None:
            ancestors = [p for p in chain[:-1] if p.depth >= 2]
        else:
            ancestors = page.get_ancestors().filter(depth__gte=2)
        crumbs = [_crumb(p, request) for p in ancestors]
        setattr(request, cache_attr, crumbs)
    return getattr(request, cache_attr)
