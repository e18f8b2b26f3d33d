from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchPick, SearchSynonyms
from search.reports import SearchMissesView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/search-misses/", SearchMissesView.as_view(), name="search_misses"),
        path(
            "reports/search-misses/results/",
            SearchMissesView.as_view(results_only=True),
            name="search_misses_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_misses_menu_item():
    return MenuItem(
        _("Searches without results"),
        reverse("search_misses"),
        name="search-misses",
        icon_name="search",
        order=120,
    )


class SearchSynonymsViewSet(SnippetViewSet):
    model = SearchSynonyms
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = False
    list_display = ["language", "groups"]


class SearchPickViewSet(SnippetViewSet):
    model = SearchPick
    icon = "pick"
    menu_label = _("Editors' picks")
    add_to_admin_menu = False
    list_display = ["query", "language", "page", "sort_order"]
    list_filter = ["language"]


register_snippet(SearchSynonymsViewSet)
register_snippet(SearchPickViewSet)
