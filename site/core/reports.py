"""The admin's reports: sample content, searches without results (translation status is in
the translations app)."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView, ReportView
from wagtail.models import Page, get_page_models
from wagtail.permissions import policy_registry

from core.models import BasePage
from core.search.misses import REPORT_DAYS, recent_misses


def editable(view, pages):
    """Limit a report to the pages the editor may change."""
    allowed = view.permission_policy.instances_user_has_permission_for(view.request.user, "change")
    return pages.filter(pk__in=allowed.values("pk"))


def sample_page_ids():
    """Pages flagged as demo placeholders, across every page type."""
    ids = []
    for model in get_page_models():
        if issubclass(model, BasePage):
            ids += model.objects.filter(is_sample=True).values_list("pk", flat=True)
    return ids


class SampleContentView(PageReportView):
    """Every page flagged as sample content, so editors replace it before launch."""

    page_title = _("Sample content")
    header_icon = "warning"
    index_url_name = "sample_content"
    index_results_url_name = "sample_content_results"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        pages = Page.objects.filter(pk__in=sample_page_ids())
        self.queryset = editable(self, pages).select_related("content_type").order_by("path")
        return super().get_queryset()


class SearchMissesView(ReportView):
    """Queries that found nothing over the last 30 days, per language, most searched first."""

    results_template_name = "core/reports/search_misses_results.html"
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
