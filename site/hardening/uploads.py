"""A size limit on documents (Wagtail limits image uploads itself, not documents)."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm


class LimitedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.DOCUMENTS_MAX_UPLOAD_SIZE
        if upload and "file" in self.changed_data and upload.size > limit:
            raise forms.ValidationError(
                _("This file is too big (%(size)s). The largest document you can upload is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        return upload
