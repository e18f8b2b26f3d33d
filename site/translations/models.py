from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationStamp(models.Model):
    """When each language of a page last changed, as published.

    Written on every publish by translations.status; the admin's translation status
    report reads it to find pages whose Arabic changed after their English.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_stamp"
    )
    ar_digest = models.CharField(max_length=64, blank=True)
    en_digest = models.CharField(max_length=64, blank=True)
    ar_changed_at = models.DateTimeField(null=True, blank=True)
    en_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table it had in the core app, where it began: moving it kept the rows.
        db_table = "core_translationstamp"
        verbose_name = _("translation stamp")

    def __str__(self):
        return f"Translation stamp of page {self.page_id}"
