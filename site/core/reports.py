"""The admin's sample-content report (translation status is in the translations app, searches
without results in the search app)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from core.models import BasePage


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
