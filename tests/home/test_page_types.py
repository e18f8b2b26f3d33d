"""Every page type: renders in both languages, sits only where it makes sense, edits in the
admin on one screen for both languages, previews in each language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.users.models import UserProfile

from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage, PressKitPage
from showcase.models import InnovationPage, PartnerIndexPage, PartnerPage, ShowcaseIndexPage
from tests.helpers import page_types, parse, sign_in, url_in

PAGE_TYPES = page_types()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_every_page_type_renders_in_both_languages(client, filled_pages, model, language, direction):
    page = filled_pages[model]
    response = client.get(url_in(page, language))
    assert response.status_code == 200
    assert parse(response).html_attrs == {"lang": language, "dir": direction}
    body = response.content.decode()
    assert getattr(page, f"title_{language}") in body
    other = "en" if language == "ar" else "ar"
    if page.depth > 2:  # the home page's title is the site name in both languages
        assert f"<h1>{getattr(page, f'title_{other}')}</h1>" not in body


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "not-a-real-password")


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_admin_edits_both_languages_on_one_screen(client, editor, filled_pages, model):
    sign_in(client, editor)
    page = filled_pages[model]
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="title_ar"' in body
    assert 'name="title_en"' in body


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_admin_follows_the_editors_language(client, editor, language, direction):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    sign_in(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert parse(response).html_attrs["dir"] == direction


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_preview_in_each_language(filled_pages, model, language):
    page = filled_pages[model]
    response = page.make_preview_request(preview_mode=language)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_admin_makes_no_request_to_outside_hosts(client, editor):
    sign_in(client, editor)
    body = client.get("/admin/").content.decode()
    assert "gravatar.com" not in body
    assert "releases.wagtail.io" not in body


class TestPlacement(WagtailPageTestCase):
    def test_home_page_only_at_the_root_and_only_once(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))  # one exists

    def test_sections_hang_under_the_home_page(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {StandardPage, PartnerIndexPage, ShowcaseIndexPage, NewsIndexPage, PressKitPage},
        )
        for model in (PartnerIndexPage, ShowcaseIndexPage, NewsIndexPage, PressKitPage):
            self.assertAllowedParentPageTypes(model, {HomePage})

    def test_singletons_cannot_be_added_twice(self):
        home = HomePage.objects.get()
        for model in (PartnerIndexPage, ShowcaseIndexPage, NewsIndexPage, PressKitPage):
            self.assertCanCreateAt(HomePage, model)  # the type fits here…
            self.assertFalse(model.can_create_at(home))  # …but one already exists
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertTrue(StandardPage.can_create_at(home))

    def test_details_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedParentPageTypes(InnovationPage, {ShowcaseIndexPage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(ShowcaseIndexPage, {InnovationPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        for model in (PartnerPage, InnovationPage, NewsArticlePage, PressKitPage):
            self.assertAllowedSubpageTypes(model, set())

    def test_story_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, InnovationPage)


def test_admin_is_arabic_until_the_editor_chooses(client, editor):
    sign_in(client, editor)
    assert parse(client.get("/admin/")).html_attrs["lang"] == "ar"
