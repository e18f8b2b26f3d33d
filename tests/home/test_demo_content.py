"""`load_demo_content`: the whole bilingual site from the seed's facts, idempotent."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.models import Page, Revision

from core.models import CustomImage
from home.demo.samples.showcase import SAMPLE_INNOVATIONS
from home.models import HomePage, StandardPage
from news.models import ArticleKind, NewsArticlePage, NewsTag
from search.models import SearchEntry
from showcase.models import InnovationPage, PartnerPage, Stage, Theme
from tests.helpers import url_in
from tests.search.searching import result_urls, search, url_of

ANNOUNCEMENT = Path(__file__).resolve().parents[2] / "home" / "demo" / "source" / "camp-announcement-ar.txt"


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "path", "title_ar", "title_en", "last_published_at")),
        "revisions": Revision.objects.count(),
        "images": CustomImage.objects.count(),
        "documents": Document.objects.count(),
        "themes": Theme.objects.count(),
        "tags": NewsTag.objects.count(),
    }


def test_running_it_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())
    assert snapshot() == before


def test_fills_every_page_type_in_both_languages():
    for model in (HomePage, StandardPage, PartnerPage, InnovationPage, NewsArticlePage):
        pages = model.objects.live()
        assert pages.exists(), model
        assert all(page.title_ar and page.title_en for page in pages)


def test_the_seed_partners_with_their_roles():
    partners = {page.slug_en: page for page in PartnerPage.objects.live()}
    assert partners["ministry-of-hajj-and-umrah"].title_ar == "وزارة الحج والعمرة"
    assert partners["general-authority-for-awqaf"].title_ar == "الهيئة العامة للأوقاف"
    assert partners["manafe-consulting"].role_en == "Implementing partner"
    assert "incubator" in partners["ministry-of-hajj-and-umrah"].role_en.lower()
    assert not any(partners[slug].is_sample for slug in ("ministry-of-hajj-and-umrah", "manafe-consulting"))
    assert sum(page.is_sample for page in partners.values()) >= 2


def test_at_least_twelve_sample_innovations_across_themes_and_stages():
    innovations = InnovationPage.objects.live()
    assert innovations.count() >= 12
    assert all(page.is_sample for page in innovations)
    assert set(innovations.values_list("stage", flat=True)) == set(Stage.values)
    assert Theme.objects.filter(innovationpage__isnull=False).distinct().count() == Theme.objects.count()


def test_the_first_news_item_is_the_seed_announcement():
    articles = NewsArticlePage.objects.live().order_by("date")
    assert articles.count() >= 8
    first = articles.first()
    assert not first.is_sample
    assert first.kind == ArticleKind.PRESS_RELEASE
    # Words of the announcement (home/demo/source/camp-announcement-ar.txt), verbatim.
    announcement = ANNOUNCEMENT.read_text(encoding="utf-8")
    for phrase in ("وقعت وزارة الحج والعمرة اتفاقية شراكة مع الهيئة العامة للأوقاف", "التحول نحو الابتكار"):
        assert phrase in announcement and phrase in first.lead_ar
    assert "Ministry of Hajj and Umrah" in first.lead_en
    assert all(article.is_sample for article in articles[1:])


def test_images_are_local_with_alt_text_in_both_languages():
    images = CustomImage.objects.all()
    assert images.exists()
    for image in images:
        assert image.description_ar and image.description_en
        assert Path(image.file.path).exists()


def test_the_story_states_the_seed_facts(client):
    story = StandardPage.objects.get(slug_en="camp-story")
    arabic = client.get(url_in(story, "ar")).content.decode()
    english = client.get(url_in(story, "en")).content.decode()
    assert "مشعر منى" in arabic and "الدكتور عمار عطار" in arabic
    assert "Mina" in english and "Dr. Ammar Attar" in english


def test_the_english_pages_show_no_unmarked_arabic(client):
    from tests.core.test_no_mixed_languages import english_urls, problems_on

    assert not problems_on(client, english_urls())


def test_every_live_page_is_indexed_by_publishing_alone():
    # The session fixture built the demo with DemoBuilder only: no rebuild ran.
    live = Page.objects.live().filter(depth__gt=1)
    assert live.count() > 20
    indexed = set(SearchEntry.objects.values_list("page_id", "language"))
    assert {(pk, "ar") for pk in live.values_list("pk", flat=True)} <= indexed
    assert {(pk, "en") for pk in live.exclude(title_en="").values_list("pk", flat=True)} <= indexed
    assert {page_id for page_id, _language in indexed} == set(live.values_list("pk", flat=True))


def test_the_demo_is_searchable_right_after_it_is_loaded(client, home):
    home.delete()  # the whole demo tree, and with it the site and every entry
    assert not SearchEntry.objects.exists()

    call_command("load_demo_content", stdout=StringIO())

    innovation = SAMPLE_INNOVATIONS[0]
    page = Page.objects.get(slug_en=innovation.slug["en"])
    for language in ("ar", "en"):
        assert result_urls(search(client, language, innovation.title[language]))[0] == url_of(page, language)
    live_pages = Page.objects.live().filter(depth__gt=1)
    assert SearchEntry.objects.filter(language="ar").count() == live_pages.count()


class TestAdminAccount:
    def test_none_unless_asked(self):
        call_command("load_demo_content", stdout=StringIO())
        assert not get_user_model().objects.exists()

    def test_created_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("DEMO_ADMIN_USERNAME", "comms")
        monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-password-from-the-environment")
        call_command("load_demo_content", stdout=StringIO())
        user = get_user_model().objects.get(username="comms")
        assert user.is_superuser
        assert user.check_password("a-password-from-the-environment")

    @pytest.mark.parametrize("missing", ["DEMO_ADMIN_USERNAME", "DEMO_ADMIN_PASSWORD"])
    def test_not_created_with_half_the_details(self, monkeypatch, missing):
        monkeypatch.setenv("DEMO_ADMIN_USERNAME", "comms")
        monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-password-from-the-environment")
        monkeypatch.delenv(missing)
        call_command("load_demo_content", stdout=StringIO())
        assert not get_user_model().objects.exists()


@pytest.mark.parametrize(("language", "label"), [("ar", "المحتوى التجريبي"), ("en", "Sample content")])
def test_sample_content_is_labelled_on_the_site(client, language, label):
    sample = InnovationPage.objects.live().filter(is_sample=True).first()
    fact = PartnerPage.objects.get(slug_en="manafe-consulting")
    assert label in client.get(url_in(sample, language)).content.decode()
    assert (
        label
        not in client.get(url_in(fact, language))
        .content.decode()
        .split("<main", 1)[1]
        .split("Innovations" if language == "en" else "الابتكارات", 1)[0]
    )
