"""The admin's reports: pages that still need English, and the demo's sample content."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories import (
    ArticleFactory,
    InnovationFactory,
    NewsIndexFactory,
    PartnerFactory,
    PartnerIndexFactory,
    ShowcaseIndexFactory,
    StandardPageFactory,
    publish,
)
from tests.helpers import sign_in


@pytest.fixture
def editor(db):
    """A member of Wagtail's Editors group: the communications team, not a superuser."""
    user = get_user_model().objects.create_user("comms", "comms@example.org", "not-a-real-password")
    user.groups.add(Group.objects.get(name="Editors"))
    set_admin_language(user, "en")  # the admin is in Arabic unless the editor chooses
    return user


def set_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def status_report(client):
    return client.get("/admin/reports/translation-status/").content.decode()


@pytest.fixture
def story(home):
    return StandardPageFactory(
        parent=home, intro={"ar": "مقدمة القصة", "en": "The story's introduction"}, revision=True
    )


def test_fully_translated_site_needs_nothing(client, editor, bare_home):
    StandardPageFactory(parent=bare_home, intro={"ar": "مقدمة", "en": "Introduction"}, revision=True)
    sign_in(client, editor)
    body = status_report(client)
    assert "Every live page has an up-to-date English version." in body


def test_lists_a_page_without_english_with_a_link_to_edit_it(client, editor, home):
    page = StandardPage(title="بلا ترجمة", title_ar="بلا ترجمة", slug="بلا-ترجمة", slug_ar="بلا-ترجمة")
    publish(home, page, revision=True)
    sign_in(client, editor)
    body = status_report(client)
    assert f'href="/admin/pages/{page.pk}/edit/"' in body
    assert "بلا ترجمة" in body
    assert "Missing" in body


def test_lists_a_page_whose_arabic_changed_after_its_english(client, editor, story):
    sign_in(client, editor)
    assert f"/admin/pages/{story.pk}/edit/" not in status_report(client)
    story.intro_ar = story.intro_ar + " (تحديث)"
    story.save_revision().publish()
    body = status_report(client)
    assert f'href="/admin/pages/{story.pk}/edit/"' in body
    assert "Out of date" in body
    # Updating the English brings it back in step.
    story = StandardPage.objects.get(pk=story.pk)
    story.intro_en = story.intro_en + " (update)"
    story.save_revision().publish()
    assert f"/admin/pages/{story.pk}/edit/" not in status_report(client)


def test_an_english_only_change_does_not_flag_the_page(client, editor, story):
    story.intro_en = story.intro_en + " (typo fixed)"
    story.save_revision().publish()
    sign_in(client, editor)
    assert f"/admin/pages/{story.pk}/edit/" not in status_report(client)


def test_report_is_in_the_editors_language(client, editor):
    set_admin_language(editor, "ar")
    sign_in(client, editor)
    body = status_report(client)
    assert "حالة الترجمة" in body


def test_sample_content_report_lists_every_flagged_page_and_only_those(client, editor, bare_home):
    showcase = ShowcaseIndexFactory(parent=bare_home)
    partners = PartnerIndexFactory(parent=bare_home)
    flagged = [
        InnovationFactory(parent=showcase, is_sample=True),
        PartnerFactory(parent=partners, is_sample=True),
        ArticleFactory(parent=NewsIndexFactory(parent=bare_home), is_sample=True),
        StandardPageFactory(parent=bare_home, is_sample=True),
    ]
    real = [InnovationFactory(parent=showcase), PartnerFactory(parent=partners), showcase, partners]
    sign_in(client, editor)
    body = client.get("/admin/reports/sample-content/?per_page=100").content.decode()
    for page in flagged:
        assert f"/admin/pages/{page.pk}/edit/" in body
    for page in real:
        assert f"/admin/pages/{page.pk}/edit/" not in body


def test_reports_are_closed_to_visitors(client):
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_publishing_again_without_changes_moves_no_stamp(story):
    from translations.models import TranslationStamp

    before = TranslationStamp.objects.get(page=story)
    StandardPage.objects.get(pk=story.pk).save_revision().publish()
    after = TranslationStamp.objects.get(page=story)
    assert (after.ar_changed_at, after.en_changed_at) == (before.ar_changed_at, before.en_changed_at)


@pytest.mark.parametrize(("admin_language", "label"), [("en", "Introduction"), ("ar", "المقدمة")])
def test_lists_the_fields_of_a_translated_page_that_still_lack_english(
    client, editor, story, admin_language, label
):
    story.intro_en = ""
    story.save_revision().publish()
    set_admin_language(editor, admin_language)
    sign_in(client, editor)
    body = status_report(client)
    assert f'href="/admin/pages/{story.pk}/edit/"' in body
    missing = body.split('data-testid="fields-missing-english"')[1].split("</p>")[0]
    assert label in missing
    assert "Out of date" not in body and "بحاجة إلى تحديث" not in body  # only a field is missing
    # Writing the English brings the page off the report.
    story = StandardPage.objects.get(pk=story.pk)
    story.intro_en = "The camp in brief."
    story.save_revision().publish()
    assert f"/admin/pages/{story.pk}/edit/" not in status_report(client)
