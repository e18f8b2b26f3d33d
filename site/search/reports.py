"""The admin's "Searches without results" report, in the Reports menu (wagtail_hooks)."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from search.misses import REPORT_DAYS, recent_misses


class SearchMissesView(ReportView):
    """Queries that found nothing over the last 30 days, per language, most searched first."""

    results_template_name = "search/reports/search_misses_results.html"
    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_misses"
    index_results_url_name = "search_misses_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["language", "query", "searches"]
    export_headings = {"language": _("Language"), "query": _("Query"), "searches": _("Searches")}

    @cached_property
    def permission_policy(self):
        # The editors who may see the page reports may see what readers looked for.
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        return recent_misses()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = REPORT_DAYS
        return context
