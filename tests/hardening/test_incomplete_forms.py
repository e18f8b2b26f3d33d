"""A tampered admin form (fields missing) gets a 400 in the editor's language; nothing changes."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories import StandardPageFactory
from tests.helpers import sign_in


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "The form that was sent is incomplete"), ("ar", "النموذج المرسل ناقص")],
)
def test_an_edit_form_with_fields_missing_is_refused_with_a_400(client, home, language, text):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "x")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    sign_in(client, editor)
    page = StandardPageFactory(parent=home, revision=True)
    revisions = page.revisions.count()

    # Only a title: no StreamField counts, no inline formset management data.
    response = client.post(f"/admin/pages/{page.pk}/edit/", {"title_ar": "عنوان مزور"})

    assert response.status_code == 400
    body = response.content.decode()
    assert text in body
    assert f'lang="{language}"' in body
    assert page.revisions.count() == revisions
    assert StandardPage.objects.get(pk=page.pk).title_ar != "عنوان مزور"
