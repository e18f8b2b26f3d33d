"""Per-language fields are labelled with their language's name, in the admin's own language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.factories import InnovationFactory, ShowcaseIndexFactory, ThemeFactory
from tests.helpers import sign_in


def editor_in(language):
    user = get_user_model().objects.create_superuser(f"editor-{language}", f"{language}@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


LABELS = {
    "en": ("Summary (Arabic)", "Summary (English)"),
    "ar": ("(بالعربية)", "(بالإنجليزية)"),
}


@pytest.mark.parametrize("admin_language", ["en", "ar"])
def test_page_form_names_each_fields_language(client, home, admin_language):
    sign_in(client, editor_in(admin_language))
    page = InnovationFactory(parent=ShowcaseIndexFactory(parent=home))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    arabic, english = LABELS[admin_language]
    assert arabic in html and english in html
    assert "[ar]" not in html and "[en]" not in html


@pytest.mark.parametrize("admin_language", ["en", "ar"])
def test_snippet_form_names_each_fields_language(client, admin_language):
    sign_in(client, editor_in(admin_language))
    theme = ThemeFactory()
    html = client.get(f"/admin/snippets/showcase/theme/edit/{theme.pk}/").content.decode()
    assert "[ar]" not in html and "[en]" not in html
    expected = {"en": "Name (English)", "ar": "(بالإنجليزية)"}[admin_language]
    assert expected in html
