"""Finding the page for a URL with the request's page tree: two queries at any depth.

The result is what Wagtail's own routing returns, and goes where Wagtail looks for it first
(`request._wagtail_route_for_request`), so `wagtail.views.serve` and its hooks run unchanged.
Pages that route for themselves (routable pages, a custom `route`) still do, from where the
walk reaches them.
"""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from serving import tree as page_tree
from serving.outage import respond_to_outage

# The translated routing wagtail-modeltranslation installs on every page model.
PLAIN_ROUTE = Page.route


def routes_plainly(page):
    model = page.specific_class or type(page)
    return model.route is PLAIN_ROUTE and not issubclass(model, RoutablePageMixin)


def route(request, path):
    """The RouteResult for `path` (a URL path below the language prefix); Http404 if none."""
    components = [component for component in path.split("/") if component]
    tree = page_tree.load(request, components)
    if tree is None:
        raise Http404
    page, chain, remaining = tree.root, list(tree.root_chain), components
    while remaining and routes_plainly(page):
        child = tree.child_by_slug(page, remaining[0])
        if child is None:
            raise Http404
        child._cached_parent_obj = page  # treebeard's get_parent() reads it
        chain.append(child)
        page, remaining = child, remaining[1:]
    specific = page_tree.load_specific(page)
    if remaining or not routes_plainly(page):
        result = specific.route(request, remaining)
    elif specific.live:
        result = RouteResult(specific)
    else:
        raise Http404
    if result.page is specific:
        specific.serving_chain = chain
    return result


class PageRouteMiddleware:
    """Routes requests for Wagtail's page view through `route` above."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
        except Exception as error:
            # Routing is the first thing on a page request to read the database; an outage
            # here gets the same 503 page the views get (process_exception does not see
            # exceptions raised in process_view).
            response = respond_to_outage(request, error)
            if response is None:
                raise
            return response
        return None
