"""E-mails about a submission, plain text, each in one language.

Templates live in templates/submissions/emails/<kind>_<language>.txt; their first line is
the subject. They are sent once the transaction is committed; a mail server that refuses
is logged and never turns the visitor's request into an error.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render(kind, language, context):
    with translation.override(language):
        text = render_to_string(f"submissions/emails/{kind}_{language}.txt", context)
    subject, _, body = text.partition("\n")
    return subject.strip(), body.lstrip("\n")


def send(kind, language, recipients, context):
    if not recipients:
        return 0
    subject, body = render(kind, language, context)
    try:
        return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients).send()
    except Exception:  # the submission is safely stored; a mail outage must not undo it
        logger.exception("could not send the %s e-mail for a submission", kind)
        return 0


def moderator_addresses():
    """Members of the Moderators group, and superusers, who have an e-mail address."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(groups__name="Moderators") | Q(is_superuser=True)).distinct()
    return sorted({user.email for user in users})


def page_context(submission):
    page = submission.page
    return {
        "submission": submission,
        "title": page.get_admin_display_title(),
        "draft_url": admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "review_url": admin_url(reverse("submissions_review", args=[submission.pk])),
    }


def send_received(submission):
    """Tell the moderators (in the site's first language, with both language names) and
    acknowledge to the submitter in the language they wrote in."""
    context = page_context(submission)
    send("moderators", settings.LANGUAGE_CODE, moderator_addresses(), context)
    send("received", submission.language, [submission.contact_email], context)


def send_decision(submission):
    if not submission.contact_email:  # erased in the meantime
        return
    context = page_context(submission)
    if submission.status == "published":
        with translation.override(submission.language):
            context["page_url"] = submission.page.specific.get_full_url()
        send("published", submission.language, [submission.contact_email], context)
    else:
        send("declined", submission.language, [submission.contact_email], context)
