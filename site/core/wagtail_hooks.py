from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.reports import SampleContentView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/sample-content/", SampleContentView.as_view(), name="sample_content"),
        path(
            "reports/sample-content/results/",
            SampleContentView.as_view(results_only=True),
            name="sample_content_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_sample_content_menu_item():
    return MenuItem(
        _("Sample content"),
        reverse("sample_content"),
        name="sample-content",
        icon_name="warning",
        order=110,
    )
