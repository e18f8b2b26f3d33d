from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.reports import SampleContentView, TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path("reports/sample-content/", SampleContentView.as_view(), name="sample_content"),
        path(
            "reports/sample-content/results/",
            SampleContentView.as_view(results_only=True),
            name="sample_content_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="globe",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_sample_content_menu_item():
    return MenuItem(
        _("Sample content"),
        reverse("sample_content"),
        name="sample-content",
        icon_name="warning",
        order=110,
    )
