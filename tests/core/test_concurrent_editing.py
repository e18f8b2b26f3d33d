"""Two editors on one page: the second save of a stale form is refused, not silently applied."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories import translated_page
from tests.helpers import sign_in

STALE = {
    "en": "Someone else saved this page after you opened it.",
    "ar": "حفظ شخص آخر هذه الصفحة بعد أن فتحتها.",
}


def editor(username, language):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "x-long-pass-9")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return sign_in(Client(), user)


def open_form(client, page):
    """GET the edit view as a browser would; return the revision markers the form carries."""
    body = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', body).group(1)
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def save(client, page, loaded, title_en):
    data = nested_form_data(
        {
            "title_ar": page.title_ar,
            "title_en": title_en,
            "slug_ar": page.slug_ar,
            "slug_en": page.slug_en,
            "intro_ar": "",
            "intro_en": "",
            "body_ar": streamfield([]),
            "body_en": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, **loaded})


def latest_title_en(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object().title_en


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_stale_save_is_refused_and_the_first_editors_text_survives(home, language):
    page = translated_page(StandardPage, home, ("قصة للتحرير", "A story to edit"))
    first, second = editor("first-editor", "en"), editor("second-editor", language)
    first_form, second_form = open_form(first, page), open_form(second, page)
    assert first_form == second_form  # both opened the same revision

    assert save(first, page, first_form, "The first editor's text").status_code == 302
    revisions = page.revisions.count()

    refused = save(second, page, second_form, "The second editor's text")
    assert refused.status_code == 200  # the form comes back, with the editor's own text in it
    body = refused.content.decode()
    assert STALE[language] in body
    assert "The second editor&#x27;s text" in body or "The second editor's text" in body
    assert page.revisions.count() == revisions
    assert latest_title_en(page) == "The first editor's text"

    # After reloading, the second editor saves on top of the first editor's work.
    assert save(second, page, open_form(second, page), "The second editor's text").status_code == 302
    assert latest_title_en(page) == "The second editor's text"


def test_an_autosave_by_someone_else_makes_the_form_stale_too(home):
    """Same revision id but a later time: another session overwrote it (Wagtail's rule)."""
    page = translated_page(StandardPage, home, ("قصة ثانية", "Another story"))
    first = editor("first-editor", "en")
    loaded = open_form(first, page)
    stale = {**loaded, "loaded_revision_created_at": "2000-01-01T00:00:00+00:00"}
    assert save(first, page, stale, "Overwritten?").status_code == 200
    assert latest_title_en(page) == "Another story"
    assert save(first, page, loaded, "Saved").status_code == 302
