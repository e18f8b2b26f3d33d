"""Starting the English version: one action copies the Arabic blocks into the English fields."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories import ImageFactory, StandardPageFactory
from tests.filled_pages import story_body
from tests.helpers import sign_in


def editor(language="en", group="Editors"):
    user = get_user_model().objects.create_user(f"comms-{language}", f"{language}@example.org", "x")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def story(home):
    """A story with blocks of every kind in both languages."""
    page = StandardPageFactory(parent=home, body=story_body(ImageFactory()), revision=True)
    assert len(page.body_ar) > 1
    return page


def url(page):
    return f"/admin/pages/{page.pk}/copy-arabic-blocks/"


def block_types(stream):
    return [block.block_type for block in stream]


def without_ids(data):
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: without_ids(value) for key, value in data.items() if key != "id"}
    return data


def content(stream):
    """The blocks' values as stored, minus their ids."""
    return without_ids([block.block.get_prep_value(block.value) for block in stream])


def test_copies_the_arabic_blocks_into_an_empty_english_body_as_a_draft(client, story):
    live_english = list(story.body_en.raw_data)
    story.body_en = []
    story.save_revision()
    sign_in(client, editor())

    response = client.post(url(story))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{story.pk}/edit/"
    draft = StandardPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert block_types(draft.body_en) == block_types(draft.body_ar)
    assert content(draft.body_en) == content(draft.body_ar)
    # Fresh block ids: the two fields must not share them.
    assert not {b.id for b in draft.body_en} & {b.id for b in draft.body_ar}
    # A draft only: the live English page is as it was.
    assert list(StandardPage.objects.get(pk=story.pk).body_en.raw_data) == live_english


def test_english_already_written_is_kept_unless_the_editor_asks(client, story):
    story.body_en = [("paragraph", "<p>Already translated.</p>")]
    story.save_revision()
    sign_in(client, editor())

    page = client.get(url(story)).content.decode()
    assert "already have blocks" in page and 'name="overwrite"' in page

    client.post(url(story))
    draft = StandardPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert [b.value.source for b in draft.body_en] == ["<p>Already translated.</p>"]

    client.post(url(story), {"overwrite": "1"})
    draft = StandardPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert block_types(draft.body_en) == block_types(draft.body_ar)


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Copy the Arabic blocks"), ("ar", "نسخ الكتل العربية")]
)
def test_the_action_is_offered_on_the_edit_screen_in_the_admins_language(client, story, language, label):
    sign_in(client, editor(language))
    edit = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert url(story) in edit
    assert label in client.get(url(story)).content.decode()


def test_an_editor_who_may_not_edit_the_page_cannot_copy(client, story):
    # Enters the admin, but holds no permission on any page.
    outsiders = Group.objects.create(name="Outsiders")
    outsiders.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    outsider = get_user_model().objects.create_user("outsider", "o@example.org", "x")
    outsider.groups.add(outsiders)
    assert outsider.has_perm("wagtailadmin.access_admin")
    sign_in(client, outsider)
    before = story.revisions.count()
    response = client.post(url(story))
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's refusal
    assert story.revisions.count() == before
