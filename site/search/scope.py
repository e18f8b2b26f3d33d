"""Which pages a search may list: those of the visitor's site that are not behind a view
restriction.

The ranking (search.ranking) reads key rows alone, so it does not look at each match's page.
It leaves out instead the pages under a few paths: each restricted page's (and its
descendants), and, when the site's root has pages beside it or beside one of its ancestors
(another site's pages), theirs. On a site with no restriction and one root that is nothing
at all. The paths change only when content does, so the search view remembers them per
content generation (serving.shared.remember).
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


@dataclass(frozen=True)
class Scope:
    subtrees: tuple = ()  # paths whose pages and descendants are left out
    pages: tuple = ()  # paths of single pages left out: the root's ancestors

    def exclusion(self, page_column):
        """(SQL, params) of a condition keeping `page_column` out of the left-out pages, or
        ("", []) when nothing is left out."""
        if not self.subtrees and not self.pages:
            return "", []
        conditions = ["path LIKE %s"] * len(self.subtrees)
        params = [path + "%" for path in self.subtrees]  # tree paths are letters and digits
        if self.pages:
            conditions.append(f"path IN ({', '.join(['%s'] * len(self.pages))})")
            params.extend(self.pages)
        table = Page._meta.db_table
        sql = f" AND {page_column} NOT IN (SELECT id FROM {table} WHERE {' OR '.join(conditions)})"  # noqa: S608
        return sql, params


def scope_of(root_page=None):
    """The scope of a search of the site whose root is `root_page` (None: the whole tree)."""
    subtrees = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    ancestors, step = [], Page.steplen
    if root_page is not None:
        ancestors = [root_page.path[:end] for end in range(step, len(root_page.path), step)]
    if ancestors:
        beside = reduce(or_, (Q(depth=len(path) // step + 1, path__startswith=path) for path in ancestors))
        others = Page.objects.filter(beside).exclude(path__in=[*ancestors, root_page.path])
        subtrees.update(others.values_list("path", flat=True))
    # The tree's own root is never indexed (search.index.is_searchable).
    return Scope(tuple(sorted(subtrees)), tuple(path for path in ancestors if len(path) > step))
