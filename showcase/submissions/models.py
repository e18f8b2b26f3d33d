from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for a moderator")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


class Submission(models.Model):
    """An innovation sent through the public form: the draft page it became, and the
    submitter's contact details, kept apart from the page so they are never rendered on the
    site, in search, feeds or the sitemap. Only moderators see it (admin "Submissions")."""

    page = models.OneToOneField(
        "showcase.InnovationPage",
        verbose_name=_("draft page"),
        on_delete=models.CASCADE,
        related_name="submission",
    )
    language = models.CharField(
        _("language"), max_length=2, choices=[("ar", _("Arabic")), ("en", _("English"))]
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    team = models.CharField(_("team or organisation"), max_length=200)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), max_length=254, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    erased_at = models.DateTimeField(_("contact details erased"), null=True, blank=True)
    # The form's one-time token: a form posted twice finds its token taken (unique, so two
    # posts racing each other cannot both get in).
    form_token = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        indexes = [models.Index(fields=["status", "decided_at"], name="submission_status_decided_idx")]

    def __str__(self):
        return self.page.get_admin_display_title() if self.page_id else str(self.pk)

    @property
    def is_erased(self):
        return self.erased_at is not None
