"""The trail of pages from the home page down to a page: the visible breadcrumbs
(site_tags.breadcrumb_pages) and the BreadcrumbList in structured data (seo.metadata)."""

from wagtail.models import Page

from core.i18n import DEFAULT_LANGUAGE, DIRECTIONS, current_language


def _crumb(page, request):
    # An ancestor not yet translated is still on the way: named in Arabic, marked as Arabic.
    url = page.get_url(request)
    if page.title:
        return {"title": page.title, "url": url, "lang": ""}
    title = getattr(page, f"title_{DEFAULT_LANGUAGE}")
    return {"title": title, "url": url, "lang": DEFAULT_LANGUAGE, "dir": DIRECTIONS[DEFAULT_LANGUAGE]}


def breadcrumb_pages(request, page):
    """The page's ancestors from the home page down, as title, URL and (for a title shown in
    another language) lang and dir; cached per request."""
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
