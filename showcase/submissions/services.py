"""What a submission becomes: one transaction that makes the draft innovation page, its
image, the Submission record and the moderation workflow, and e-mails once it is committed."""

import logging
import uuid

from django.db import IntegrityError, transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.utils.file import hash_filelike

from core.models import CustomImage
from showcase.models import InnovationLink, InnovationPage, InnovationTeamMember, ShowcaseIndexPage
from showcase.submissions import emails
from showcase.submissions.models import Submission

logger = logging.getLogger(__name__)

WORKFLOW_NAME = "Moderators approve"
MODERATORS_GROUP = "Moderators"
LINK_TITLES = {"ar": "الموقع", "en": "Website"}


class AlreadySubmitted(Exception):
    """This form (its one-time token) was already sent; `submission` is the first one."""

    def __init__(self, submission=None):
        super().__init__("already submitted")
        self.submission = submission


def as_paragraphs(text):
    """Plain text as rich text: escaped, one <p> per paragraph, <br> for single breaks."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs)


def moderation_workflow(index):
    """The workflow submissions go through: the one set on the showcase index, or else
    "Moderators approve" (made by the data migration), set on the index the first time."""
    own = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if own and own.workflow.active:
        return own.workflow
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        workflow = create_moderation_workflow()
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def create_moderation_workflow():
    from django.contrib.auth.models import Group

    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
    task.groups.set([group])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def unique_slug(index, name, token):
    base = slugify(name, allow_unicode=True)[:60].strip("-") or "innovation"
    # The token's start makes the slug unique among the showcase's children.
    return f"{base}-{token[:6]}"


def build_page(data, language, slug):
    page = InnovationPage(live=False, has_unpublished_changes=True, stage=data["stage"])
    # The Arabic title and slug are required by the page tree; an English submission fills
    # them with its English name until a moderator translates it (README, "Submissions").
    page.title = page.title_ar = data["name"]
    page.slug = page.slug_ar = slug
    page.draft_title = data["name"]
    setattr(page, f"title_{language}", data["name"])
    setattr(page, f"slug_{language}", slug)
    setattr(page, f"summary_{language}", data["summary"])
    setattr(page, f"challenge_{language}", as_paragraphs(data["challenge"]))
    setattr(page, f"solution_{language}", as_paragraphs(data["solution"]))
    if language == "ar":
        page.summary = data["summary"]
    return page


def save_image(data):
    upload = data.get("image")
    if not upload:
        return None
    image = CustomImage(title=data["name"][:255], file=upload, file_size=upload.size)
    # Wagtail's duplicate check in the image library compares this hash.
    upload.seek(0)
    image.file_hash = hash_filelike(upload)
    upload.seek(0)
    image.save()
    return image


def create_submission(form, nonce):
    """Make the draft, image, record and workflow in one transaction; e-mail on commit.

    If anything fails the database is rolled back and the stored image file removed, so
    nothing half-made is left. A nonce already used raises AlreadySubmitted.
    """
    data = form.cleaned_data
    language = data["language"]
    previous = Submission.objects.filter(form_token=nonce).first()
    if previous:
        raise AlreadySubmitted(previous)
    index = ShowcaseIndexPage.objects.first()
    image = None
    try:
        with transaction.atomic():
            image = save_image(data)
            page = build_page(data, language, unique_slug(index, data["name"], uuid.uuid4().hex))
            page.image = image
            page.video_url = form.video_url
            page.team_members.add(
                InnovationTeamMember(**{"name": data["team"], f"name_{language}": data["team"]})
            )
            if data["link"] and not form.video_url:
                title = LINK_TITLES[language]
                page.links.add(InnovationLink(url=data["link"], title=title, **{f"title_{language}": title}))
            page.themes = list(data["themes"])
            index.add_child(instance=page)
            # Not cleaned: an English submission leaves the required Arabic fields for the
            # moderator to fill in the editor before publishing.
            page.save_revision(log_action=False, clean=False)
            log(instance=page, action="submissions.received", user=None)
            submission = Submission.objects.create(
                page=page,
                language=language,
                team=data["team"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                contact_phone=data["contact_phone"],
                country=data["country"],
                form_token=nonce,
            )
            start_moderation(page)
            transaction.on_commit(lambda: emails.send_received(submission))
    except IntegrityError:
        remove_file(image)
        previous = Submission.objects.filter(form_token=nonce).first()
        if previous:
            raise AlreadySubmitted(previous) from None
        raise
    except BaseException:
        remove_file(image)
        raise
    return submission


def start_moderation(page):
    moderation_workflow(page.get_parent()).start(page, user=None)


def remove_file(image):
    if image is not None and image.file.name:
        try:
            image.file.storage.delete(image.file.name)
        except Exception:  # the rollback stands even if storage is unreachable
            logger.warning("could not remove the image of a failed submission: %s", image.file.name)
