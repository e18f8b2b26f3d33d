"""A moderator's decision, however it is made (the Submissions admin, Wagtail's own workflow
buttons, or publishing from the editor): the record's status, and the submitter's e-mail."""

from django.db import transaction
from django.utils import timezone
from wagtail.signals import page_published, workflow_rejected

from showcase.submissions.models import Status, Submission


def pending_submission(page_id):
    return Submission.objects.select_related("page").filter(page_id=page_id, status=Status.PENDING).first()


def decide(submission, status, reason=""):
    from showcase.submissions import emails

    submission.status = status
    submission.decided_at = timezone.now()
    submission.decline_reason = reason
    submission.save(update_fields=["status", "decided_at", "decline_reason"])
    transaction.on_commit(lambda: emails.send_decision(submission))


def on_page_published(sender, instance, **kwargs):
    submission = pending_submission(instance.pk)
    if submission:
        decide(submission, Status.PUBLISHED)


def on_workflow_rejected(sender, instance, **kwargs):
    submission = pending_submission(instance.object_id)
    if submission:
        task_state = instance.current_task_state
        decide(submission, Status.DECLINED, (task_state.comment if task_state else "") or "")


def connect():
    page_published.connect(on_page_published, dispatch_uid="submissions-published")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="submissions-rejected")
