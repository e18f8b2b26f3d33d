"""Pagination that turns a bad `?page=` into a 404 page instead of a 500."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404


def paginate(items, query, per_page):
    """Page `items` by `query["page"]`; missing means the first page.

    `abc`, `0`, `-1` and a page past the end are a 404: a clear answer, and no endless
    duplicates of page one for crawlers to find.
    """
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    raw = query.get("page", "1")
    if not raw.isdigit() or len(raw) > 6:
        raise Http404("Invalid page number")
    try:
        return paginator.page(int(raw))
    except InvalidPage as error:
        raise Http404("Invalid page number") from error


def page_query(query, number):
    """The query string for page `number`, keeping every filter (for pagination links)."""
    params = query.copy()
    params["page"] = str(number)
    return params.urlencode()


class Counted:
    """A query whose size is already known: Django's paginator takes `count()` from here
    instead of asking the database again, and slices the query for one page."""

    def __init__(self, queryset, total):
        self.queryset = queryset
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        return list(self.queryset[window])
