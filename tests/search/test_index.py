"""The search index: built by publishing, kept fresh with no manual step, rebuilt on demand."""

import pytest
from django.core.management import call_command
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page

from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, PressKitPage
from search.extract import page_document, text_fields
from search.index import rebuild_index
from search.models import SearchEntry
from tests.factories import ArticleFactory, NewsIndexFactory
from tests.filled_pages import every_page_type
from tests.search.searching import publish_page, republish, result_urls, search, url_of
from tests.seo_helpers import arabic_only

pytestmark = pytest.mark.django_db


def entries_snapshot():
    return sorted(
        SearchEntry.objects.values_list("page_id", "language", "title", "title_terms", "body_terms", "text")
    )


def test_every_page_type_is_indexed_by_publishing_alone(bare_search):
    pages = [page for page in every_page_type(bare_search).values() if page.pk != bare_search.pk]
    pages.append(arabic_only(StandardPage, bare_search, "عربية-فقط", "صفحة بالعربية فقط"))
    indexed = set(SearchEntry.objects.values_list("page_id", "language"))
    for page in pages:
        languages = {"ar", "en"} if page.title_en else {"ar"}
        assert {language for page_id, language in indexed if page_id == page.pk} == languages, page


def test_publishing_changing_and_unpublishing_update_what_search_finds(client, home):
    page = publish_page(home, title=("صفحة القرنفل", "Carnation page"), body=("زهرة القرنفل", "A carnation"))
    assert result_urls(search(client, "ar", "القرنفل")) == [url_of(page, "ar")]
    assert result_urls(search(client, "en", "carnations")) == [url_of(page, "en")]

    # Re-publishing with new words: the old ones no longer find it, the new ones do.
    republish(
        page,
        title_ar="صفحة الياسمين",
        title_en="Jasmine page",
        body_ar=[("paragraph", "<p>زهرة الياسمين</p>")],
        body_en=[("paragraph", "<p>A jasmine</p>")],
    )
    assert result_urls(search(client, "ar", "القرنفل")) == []
    assert result_urls(search(client, "en", "carnation")) == []
    assert result_urls(search(client, "ar", "ياسمين")) == [url_of(page, "ar")]
    assert result_urls(search(client, "en", "jasmine")) == [url_of(page, "en")]

    Page.objects.get(pk=page.pk).unpublish()
    assert result_urls(search(client, "ar", "ياسمين")) == []
    assert result_urls(search(client, "en", "jasmine")) == []
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()

    Page.objects.get(pk=page.pk).specific.save_revision().publish()
    assert result_urls(search(client, "ar", "ياسمين")) == [url_of(page, "ar")]


def test_a_saved_draft_changes_nothing_until_it_is_published(client, home):
    page = publish_page(home, title=("صفحة الزنبق", "Lily page"))
    draft = Page.objects.get(pk=page.pk).specific
    draft.title_ar = "صفحة السوسن"
    draft.save_revision()
    assert result_urls(search(client, "ar", "الزنبق")) == [url_of(page, "ar")]
    assert result_urls(search(client, "ar", "السوسن")) == []


def test_unpublishing_a_section_removes_its_pages(client, home, admin_user):
    parent = publish_page(home, title=("قسم الأرز", "Cedar section"))
    child = publish_page(parent, title=("صفحة أرز فرعية", "Cedar child page"))
    assert set(result_urls(search(client, "ar", "أرز"))) == {url_of(parent, "ar"), url_of(child, "ar")}
    # What the admin's “unpublish, with its subpages” does.
    UnpublishPageAction(Page.objects.get(pk=parent.pk), user=admin_user, include_descendants=True).execute()
    assert result_urls(search(client, "ar", "أرز")) == []


def test_deleting_a_page_deletes_its_entries(client, home):
    page = publish_page(home, title=("صفحة النخيل", "Palm page"))
    assert SearchEntry.objects.filter(page_id=page.pk).count() == 2
    Page.objects.get(pk=page.pk).delete()
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    assert result_urls(search(client, "ar", "النخيل")) == []


def test_english_entry_only_while_the_page_has_english(client, home):
    page = publish_page(
        home, title=("صفحة الزعفران Saffronia", ""), body=("نص عربي عن الزعفران Saffronia", "")
    )
    assert list(SearchEntry.objects.filter(page_id=page.pk).values_list("language", flat=True)) == ["ar"]
    assert result_urls(search(client, "ar", "Saffronia")) == [url_of(page, "ar")]
    assert result_urls(search(client, "en", "Saffronia")) == []

    page = republish(page, title_en="Saffronia page", body_en=[("paragraph", "<p>About Saffronia</p>")])
    assert result_urls(search(client, "en", "Saffronia")) == [url_of(page, "en")]

    republish(page, title_en="")
    assert result_urls(search(client, "en", "Saffronia")) == []
    assert result_urls(search(client, "ar", "Saffronia")) == [url_of(page, "ar")]


def test_text_is_read_per_language_from_every_translated_field(home):
    article = ArticleFactory(
        parent=NewsIndexFactory(parent=home),
        lead={"ar": "مقدمة الخبر عن منافع", "en": "The article's lead about Manafe"},
        body={
            "ar": [
                ("paragraph", "<p>نص الفقرة</p>"),
                ("quote", {"quote": "اقتباس", "attribution": "الدكتور عمار عطار", "role": "المشرف"}),
                ("heading", {"text": "عن منافع للاستشارات", "level": "h2"}),
            ],
            "en": [
                ("paragraph", "<p>The paragraph</p>"),
                ("quote", {"quote": "A quote", "attribution": "Dr. Ammar Attar", "role": "Supervisor"}),
                ("heading", {"text": "About Manafe Consulting", "level": "h2"}),
            ],
        },
    )
    article = NewsArticlePage.objects.get(pk=article.pk)
    arabic, english = page_document(article, "ar"), page_document(article, "en")
    assert arabic.title == article.title_ar and english.title == article.title_en
    # The lead (a TextField) comes first, then the StreamField body (paragraphs, quote, heading).
    assert arabic.text.startswith(article.lead_ar)
    assert "عن منافع للاستشارات" in arabic.text and "الدكتور عمار عطار" in arabic.text
    assert "About Manafe Consulting" in english.text and "Dr. Ammar Attar" in english.text
    assert "منافع" not in english.text and "Manafe" not in arabic.text
    # Markup is gone; block choices and chosen pages are not text.
    assert "<" not in arabic.text and "h2" not in english.text and "Section heading" not in english.text


def test_text_fields_come_from_the_translation_registry():
    names = [field.name for field in text_fields(PressKitPage)]
    assert names == ["boilerplate_short", "boilerplate_long", "fact_sheet", "seo_title", "search_description"]
    assert [field.name for field in text_fields(HomePage)][:4] == [
        "hero_heading",
        "hero_lead",
        "glance_title",
        "at_a_glance",
    ]


def test_rich_text_blocks_keep_words_apart(home):
    page = publish_page(
        home, title=("صفحة", "Page"), body=("", "one<br>two</p><p>three<ul><li>four</li></ul>")
    )
    text = page_document(StandardPage.objects.get(pk=page.pk), "en").text
    assert text.split() == ["one", "two", "three", "four"]


def test_rebuild_command_rewrites_the_same_index(home):
    before = entries_snapshot()
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert entries_snapshot() == before
    assert rebuild_index() == len(before)


def test_a_page_that_cannot_be_indexed_still_publishes(home, monkeypatch, caplog):
    def broken(page, language):
        raise ValueError("broken block")

    monkeypatch.setattr("search.index.page_document", broken)
    page = publish_page(home, title=("صفحة معطوبة", "Broken page"))
    assert Page.objects.get(pk=page.pk).live
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    assert "Could not index page" in caplog.text
