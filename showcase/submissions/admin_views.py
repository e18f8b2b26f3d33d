"""The moderators' side of one submission: the contact details, approve or decline through
the workflow, and a submitter's data exported or erased on request."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from showcase.submissions.models import Submission

CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone", "country")


def can_moderate(user):
    return user.has_perm("submissions.change_submission")


def moderated(view):
    def wrapped(request, pk, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        submission = get_object_or_404(Submission.objects.select_related("page"), pk=pk)
        return view(request, submission, *args, **kwargs)

    return wrapped


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Note to the submitter"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )


def current_task_state(submission):
    state = submission.page.current_workflow_state if submission.page_id else None
    return state.current_task_state if state else None


def allowed_actions(submission, user):
    task_state = current_task_state(submission)
    if task_state is None:
        return set()
    return {name for name, *_rest in task_state.task.specific.get_actions(submission.page, user)}


@moderated
def review(request, submission):
    return TemplateResponse(
        request,
        "submissions/admin/review.html",
        {
            "submission": submission,
            "actions": allowed_actions(submission, request.user),
            "decline_form": DeclineForm(),
            "page_title": str(submission),
        },
    )


@require_POST
@moderated
def approve(request, submission):
    if "approve" not in allowed_actions(submission, request.user):
        raise PermissionDenied
    # Approving the last task publishes the draft (Wagtail's workflow); the decision e-mail
    # follows from the page_published signal (decisions.py).
    task_state = current_task_state(submission)
    try:
        with transaction.atomic():
            task_state.task.specific.on_action(task_state, request.user, "approve")
    except ValidationError:
        # Publishing validates the page: an English submission has no Arabic text yet.
        messages.error(
            request,
            _(
                "The draft cannot be published yet: fill in its Arabic text in the editor, save it, "
                "then approve."
            ),
        )
        return redirect("submissions_review", submission.pk)
    messages.success(request, _("Approved and published."))
    return redirect("submissions_review", submission.pk)


@require_POST
@moderated
def decline(request, submission):
    if "reject" not in allowed_actions(submission, request.user):
        raise PermissionDenied
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "submissions/admin/review.html",
            {
                "submission": submission,
                "actions": allowed_actions(submission, request.user),
                "decline_form": form,
            },
            status=400,
        )
    task_state = current_task_state(submission)
    task_state.task.specific.on_action(
        task_state, request.user, "reject", comment=form.cleaned_data["reason"]
    )
    messages.success(request, _("Declined; the page stays unpublished."))
    return redirect("submissions_review", submission.pk)


def same_submitter(submission):
    if not submission.contact_email:
        return Submission.objects.filter(pk=submission.pk)
    return Submission.objects.filter(contact_email__iexact=submission.contact_email)


@moderated
def export(request, submission):
    """Everything kept about this submitter (all their submissions), as JSON."""
    records = [
        {
            "innovation": str(item),
            "language": item.language,
            "status": item.status,
            "received": item.created_at,
            "decided": item.decided_at,
            "decline_reason": item.decline_reason,
            "team": item.team,
            **{name: getattr(item, name) for name in CONTACT_FIELDS},
        }
        for item in same_submitter(submission).select_related("page")
    ]
    body = json.dumps({"submissions": records}, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="submitter-{submission.pk}.json"'
    return response


def erase_contact(queryset):
    """Blank the contact details of these submissions; returns how many were erased."""
    return queryset.filter(erased_at__isnull=True).update(
        contact_name="", contact_email="", contact_phone="", country="", erased_at=timezone.now()
    )


@require_POST
@moderated
def erase(request, submission):
    with transaction.atomic():
        count = erase_contact(same_submitter(submission))
    messages.success(request, _("Contact details erased from %(count)d submission(s).") % {"count": count})
    return redirect("submissions_review", submission.pk)
