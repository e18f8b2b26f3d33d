"""The moderators' side: the list with filters, approve and decline through the workflow
(ours and Wagtail's own buttons), decision e-mails, export and erase, purge_submissions."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone, translation

from showcase.submissions.models import Status, Submission
from tests.helpers import sign_in
from tests.submissions.conftest import form_data


@pytest.fixture
def submitted(client, smtp, django_capture_on_commit_callbacks):
    """One submission in each language; returns {language: Submission}."""
    from django.test import Client

    made = {}
    for language, address in (("ar", "sara@example.org"), ("en", "omar@example.org")):
        with django_capture_on_commit_callbacks(execute=True):
            response = Client().post(
                f"/{language}/submit-innovation/", form_data(language, contact_email=address)
            )
        assert response.status_code == 302
        made[language] = Submission.objects.get(language=language)
    smtp.messages.clear()
    return made


@pytest.fixture
def moderator_client(moderator):
    from django.test import Client

    return sign_in(Client(), moderator)


def test_list_filters_and_escapes(moderator_client, submitted):
    page = submitted["en"].page
    page.title = page.title_en = page.title_ar = "<script>alert(1)</script>"
    page.save()
    response = moderator_client.get("/admin/submissions/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body
    assert f"/admin/pages/{page.pk}/edit/" in body
    only_arabic = moderator_client.get("/admin/submissions/?language=ar").content.decode()
    assert submitted["ar"].page.title_ar in only_arabic
    assert f"/admin/submission/{submitted['en'].pk}/" not in only_arabic
    pending = moderator_client.get("/admin/submissions/?status=declined").content.decode()
    assert f"/admin/submission/{submitted['ar'].pk}/" not in pending


def test_editors_cannot_see_submissions(django_user_model, submitted):
    from django.test import Client

    editor = django_user_model.objects.create_user("editor", "editor@example.org", "a long enough password 2")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = sign_in(Client(), editor)
    assert client.get("/admin/submissions/").status_code in (302, 403)
    for path in ("", "export/"):
        response = client.get(f"/admin/submission/{submitted['ar'].pk}/{path}")
        assert response.status_code in (302, 403)
        assert b"sara@example.org" not in response.content


def test_nobody_adds_a_submission_in_the_admin(moderator_client):
    assert moderator_client.get("/admin/submissions/new/").status_code in (302, 403)


def translate_into_arabic(page):
    page = page.specific
    page.summary_ar = "ملخص مترجم"
    page.challenge_ar = "<p>تحد</p>"
    page.solution_ar = "<p>حل</p>"
    page.save_revision()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_approve_publishes_and_tells_the_submitter(
    moderator_client, submitted, smtp, language, django_capture_on_commit_callbacks
):
    submission = submitted[language]
    review = moderator_client.get(f"/admin/submission/{submission.pk}/")
    assert review.status_code == 200 and submission.contact_email in review.content.decode()
    if language == "en":
        # Not before the Arabic text is there: a clear message, nothing published.
        refused = moderator_client.post(f"/admin/submission/{submission.pk}/approve/", follow=True)
        assert "Arabic" in refused.content.decode() or "العربي" in refused.content.decode()
        submission.refresh_from_db()
        assert submission.status == Status.PENDING and not submission.page.live
        translate_into_arabic(submission.page)
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(f"/admin/submission/{submission.pk}/approve/")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Status.PUBLISHED and submission.decided_at
    page = submission.page.specific
    assert page.live
    smtp.wait_for(1)
    mail = smtp.to(submission.contact_email)[-1]
    with translation.override(language):
        assert page.get_full_url() in mail.get_content()
    assert ("نُشر" if language == "ar" else "published") in mail["Subject"]


def test_decline_keeps_the_page_unpublished_with_the_reason(
    moderator_client, submitted, smtp, django_capture_on_commit_callbacks
):
    submission = submitted["en"]
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            f"/admin/submission/{submission.pk}/decline/", {"reason": "Not about Hajj <b>at all</b>."}
        )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Status.DECLINED
    assert submission.decline_reason == "Not about Hajj <b>at all</b>."
    assert not submission.page.live
    smtp.wait_for(1)
    mail = smtp.to("omar@example.org")[-1]
    assert "Not about Hajj <b>at all</b>." in mail.get_content()
    review = moderator_client.get(f"/admin/submission/{submission.pk}/").content.decode()
    assert "&lt;b&gt;at all" in review


def test_decline_needs_a_reason(moderator_client, submitted):
    response = moderator_client.post(f"/admin/submission/{submitted['ar'].pk}/decline/", {"reason": ""})
    assert response.status_code == 400
    assert Submission.objects.get(pk=submitted["ar"].pk).status == Status.PENDING


def test_wagtails_own_workflow_buttons_also_decide(submitted, moderator, django_capture_on_commit_callbacks):
    page = submitted["ar"].page
    task_state = page.current_workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, moderator, "reject", comment="Duplicate")
    submission = Submission.objects.get(pk=submitted["ar"].pk)
    assert (submission.status, submission.decline_reason) == (Status.DECLINED, "Duplicate")


def test_export_and_erase_one_submitter(moderator_client, submitted):
    submission = submitted["ar"]
    export = moderator_client.get(f"/admin/submission/{submission.pk}/export/")
    assert export.status_code == 200 and "attachment" in export["Content-Disposition"]
    records = json.loads(export.content)["submissions"]
    assert [r["contact_email"] for r in records] == ["sara@example.org"]
    assert moderator_client.post(f"/admin/submission/{submission.pk}/erase/").status_code == 302
    submission.refresh_from_db()
    assert submission.is_erased and not submission.contact_email and not submission.contact_name
    assert Submission.objects.get(pk=submitted["en"].pk).contact_email == "omar@example.org"
    # Erasing is POST only.
    assert moderator_client.get(f"/admin/submission/{submission.pk}/erase/").status_code == 405


def test_purge_submissions_after_the_retention_period(submitted, settings):
    settings.SUBMISSION_RETENTION_DAYS = 30
    old, recent = submitted["ar"], submitted["en"]
    Submission.objects.filter(pk=old.pk).update(
        status=Status.DECLINED, decided_at=timezone.now() - timedelta(days=31)
    )
    Submission.objects.filter(pk=recent.pk).update(
        status=Status.PUBLISHED, decided_at=timezone.now() - timedelta(days=29)
    )
    call_command("purge_submissions")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.is_erased and old.contact_email == "" and old.contact_phone == ""
    assert not recent.is_erased and recent.contact_email == "omar@example.org"
    # Pending ones are never purged, whatever their age.
    Submission.objects.filter(pk=recent.pk).update(status=Status.PENDING, decided_at=None)
    call_command("purge_submissions", days=0)
    recent.refresh_from_db()
    assert not recent.is_erased


def test_draft_edit_form_shows_both_languages(moderator_client, submitted):
    page = submitted["en"].page
    response = moderator_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    for field in ("title_ar", "title_en", "summary_ar", "summary_en"):
        assert f'name="{field}"' in body
    history = moderator_client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Submitted by the public" in history or "أرسله الجمهور" in history


def test_published_submission_keeps_contact_out_of_search(
    moderator_client, submitted, django_capture_on_commit_callbacks
):
    from django.test import Client

    submission = submitted["ar"]
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(f"/admin/submission/{submission.pk}/approve/")
    page = submission.page.specific
    assert page.live
    visitor = Client()
    with translation.override("ar"):
        shown = visitor.get(page.get_url()).content.decode()
    assert page.title_ar in shown and "sara@example.org" not in shown and "+966" not in shown
    found = visitor.get("/ar/search/", {"q": page.title_ar}).content.decode()
    assert 'data-testid="search-results"' in found  # the page is findable...
    for secret in ("sara@example.org", "+966"):
        body = visitor.get("/ar/search/", {"q": secret}).content.decode()
        assert 'data-testid="search-results"' not in body  # ...its submitter is not
