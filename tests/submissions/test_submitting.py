"""A submission in each language becomes one draft in moderation, with the contact details
kept apart, and the e-mails reach a real SMTP server."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import WorkflowState

from showcase.models import InnovationPage
from showcase.submissions.models import Status, Submission
from tests.helpers import parse
from tests.submissions.conftest import form_data, image_bytes

LANGUAGES = ["ar", "en"]


def send(client, language, files=None, **changes):
    data = form_data(language, **changes)
    if files:
        data.update(files)
    return client.post(f"/{language}/submit-innovation/", data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_page_in_each_language(client, language):
    response = client.get(f"/{language}/submit-innovation/")
    assert response.status_code == 200
    html = parse(response).html_attrs
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")
    body = response.content.decode()
    assert 'data-testid="innovation-submission-form"' in body
    assert 'enctype="multipart/form-data"' in body
    assert f'href="/{language}/submit-innovation/privacy/"' in body
    # The stages and themes are the site's own, in the visitor's language.
    assert ("نموذج أولي" if language == "ar" else "Prototype") in body
    assert ("إدارة الحشود" if language == "ar" else "Crowd management") in body
    assert "csrftoken" in response.cookies
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_from_home_and_showcase(client, home, language):
    from tests.factories import ShowcaseIndexFactory
    from tests.helpers import url_in

    for page in (home, ShowcaseIndexFactory(parent=home)):
        body = client.get(url_in(page, language)).content.decode()
        assert f'href="/{language}/submit-innovation/" data-testid="submit-innovation"' in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_submission_becomes_a_draft_in_moderation(
    client, smtp, moderator, language, django_capture_on_commit_callbacks
):
    pages_before = InnovationPage.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, language, files={"image": SimpleUploadedFile("photo.png", image_bytes())})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/submit-innovation/thanks/"
    assert InnovationPage.objects.count() == pages_before + 1

    submission = Submission.objects.get()
    page = submission.page.specific
    data = form_data(language)
    assert (submission.language, submission.status) == (language, Status.PENDING)
    assert submission.contact_email == "sara@example.org"
    assert not page.live and page.has_unpublished_changes
    assert getattr(page, f"title_{language}") == data["name"]
    assert getattr(page, f"summary_{language}") == data["summary"]
    assert getattr(page, f"challenge_{language}").count("<p>") == 2
    other = "en" if language == "ar" else "ar"
    assert getattr(page, f"summary_{other}") in ("", None)
    assert page.stage == "prototype" and page.themes.count() == 2
    assert page.team_members.get().name_ar or page.team_members.get().name_en
    # The contact details are on the record only, never on the page or its revision.
    revision = page.get_latest_revision()
    for secret in ("sara@example.org", "+966", data["contact_name"]):
        assert secret not in str(revision.content)
    # The image was re-encoded under a new name.
    assert page.image is not None and "photo" not in page.image.file.name
    # In moderation: the "Moderators approve" workflow, on its one task.
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Moderators approve"
    assert state.current_task_state.task.name == "Moderators approve"
    assert page.get_parent().specific.__class__.__name__ == "ShowcaseIndexPage"

    smtp.wait_for(2)
    to_submitter = smtp.to("sara@example.org")
    to_moderator = smtp.to("moderator@example.org")
    assert len(to_submitter) == 1 and len(to_moderator) >= 1
    acknowledgement = to_submitter[0]
    assert data["name"] in acknowledgement["Subject"]
    assert ("استلمنا" if language == "ar" else "We received") in acknowledgement["Subject"]
    ours = next(m for m in to_moderator if data["name"] in m.get_content())
    assert f"/admin/pages/{page.pk}/edit/" in ours.get_content()


@pytest.mark.parametrize("language", LANGUAGES)
def test_thanks_and_privacy_pages(client, language):
    for path in ("thanks", "privacy"):
        response = client.get(f"/{language}/submit-innovation/{path}/")
        assert response.status_code == 200
        assert parse(response).html_attrs["lang"] == language
        assert not response.cookies
    privacy = client.get(f"/{language}/submit-innovation/privacy/").content.decode()
    assert 'data-testid="sample-label"' in privacy
    assert "90" in privacy


def test_video_link_goes_to_the_video_field(client):
    response = send(client, "en", link="https://youtu.be/dQw4w9WgXcQ")
    assert response.status_code == 302
    page = Submission.objects.get().page.specific
    assert page.video_url == "https://youtu.be/dQw4w9WgXcQ" and not page.links.exists()


def test_website_link_becomes_a_page_link(client):
    response = send(client, "ar", link="https://example.org/our-work")
    assert response.status_code == 302
    link = Submission.objects.get().page.specific.links.get()
    assert link.url == "https://example.org/our-work" and link.title_ar == "الموقع"


def test_mail_server_down_does_not_lose_the_submission(client, settings, django_capture_on_commit_callbacks):
    from tests.submissions.conftest import smtp_mailer
    from throwaway import free_port

    settings.MAILERS = smtp_mailer(free_port(), timeout=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, "en")
    assert response.status_code == 302
    assert Submission.objects.count() == 1


def test_query_budget(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get("/en/submit-innovation/").status_code == 200
    with django_assert_max_num_queries(12):
        assert send(client, "en", contact_email="wrong").status_code == 400


def test_no_showcase_means_no_form(client):
    from showcase.models import ShowcaseIndexPage

    ShowcaseIndexPage.objects.all().delete()
    assert client.get("/ar/submit-innovation/").status_code == 404
