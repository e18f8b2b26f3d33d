"""The page edit form, with a check that stops a stale form from overwriting newer work.

Wagtail 8 tells editors when someone else is on the same page, and refuses an *autosave* that
would overwrite a newer revision, but an ordinary Save or Publish of a stale form still wins
silently. This form refuses it too, with the same test Wagtail applies to autosaves: the form
must have been loaded from (or autosaved as) the page's latest revision. The editor gets the
form back with their text in it, and the first editor's save stays.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import Page

STALE_FORM = _(
    "Someone else saved this page after you opened it. Your changes were not saved, so that "
    "theirs are not overwritten: copy what you changed, reload the page to see the newer "
    "version, then make your changes again."
)


def latest_revision(page_id):
    """(id, created_at) of the page's latest revision, read fresh from the database."""
    return (
        Page.objects.filter(pk=page_id)
        .values_list("latest_revision_id", "latest_revision__created_at")
        .first()
    )


def is_stale(data, page_id):
    """Mirrors Wagtail's EditView.is_out_of_date, which it applies to autosaves only."""
    latest_id, latest_created_at = latest_revision(page_id) or (None, None)
    if latest_id is None:
        return False
    if overwrite_id := data.get("overwrite_revision_id"):
        # The editor's own autosave: stale unless it is still the latest revision.
        return overwrite_id != str(latest_id)
    if loaded_id := data.get("loaded_revision_id"):
        # Same id but a different time: another session autosaved over that revision.
        return (
            loaded_id != str(latest_id)
            or data.get("loaded_revision_created_at", "") != latest_created_at.isoformat()
        )
    return False  # a form from before this check (or a script): nothing to compare


class ConflictCheckingPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and self.is_bound and is_stale(self.data, self.instance.pk):
            self.add_error(None, ValidationError(STALE_FORM, code="stale"))
        return cleaned_data
