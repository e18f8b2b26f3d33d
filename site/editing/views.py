"""The "copy the Arabic blocks into English" action of the page editor."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from editing.streams import copy_arabic_streams, stream_counts


def copy_arabic_blocks(request, page_id):
    """GET: what would be copied, asking before English blocks are replaced. POST: copy into a
    new draft revision (the latest draft, not the live page, so no saved work is lost)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    draft = page.get_latest_revision_as_object()
    counts = stream_counts(draft)
    fields = [
        {"label": capfirst(draft._meta.get_field(name).verbose_name), "arabic": ar, "english": en}
        for name, (ar, en) in counts.items()
    ]
    if request.method == "POST":
        copied = copy_arabic_streams(draft, overwrite=request.POST.get("overwrite") == "1")
        if copied:
            draft.save_revision(user=request.user, log_action=True)
            messages.success(
                request, _("The Arabic blocks were copied into the English fields. Translate them in place.")
            )
        else:
            messages.info(request, _("Nothing was copied: the English fields already have blocks."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "editing/copy_arabic_blocks.html",
        {
            "page": page,
            "fields": fields,
            "has_english": any(field["english"] for field in fields),
            "has_arabic": any(field["arabic"] for field in fields),
        },
    )
