"""The translation status report: pages that lack English, or whose Arabic changed after it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from core.reports import editable
from translations.status import fields_missing_english, pages_needing_translation


class TranslationStatusView(PageReportView):
    results_template_name = "translations/reports/translation_status_results.html"
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "title_ar", "title_en", "url_path"]

    def get_queryset(self):
        self.queryset = (
            editable(self, pages_needing_translation())
            .select_related("content_type", "translation_stamp")
            .order_by("path")
        )
        return super().get_queryset()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        # Only the rows on this page of the report: one lookup each for their own fields.
        for page in context["object_list"]:
            page.fields_missing_english = fields_missing_english(page)
            stamp = getattr(page, "translation_stamp", None)
            page.english_outdated = bool(
                stamp
                and stamp.ar_changed_at
                and stamp.en_changed_at
                and stamp.ar_changed_at > stamp.en_changed_at
            )
        return context
