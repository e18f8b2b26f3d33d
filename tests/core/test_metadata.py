"""Metadata of every page type in both languages, as crawlers read it: <title>, description,
canonical and hreflang, OpenGraph, the Twitter card, JSON-LD (parsed with extruct) and the
newsroom's feed links."""

import json
import re

import pytest
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.utils import fallbacks
from PIL import Image

from core.models import SiteSettings
from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage, PressKitPage
from tests.factories import (
    ArticleFactory,
    ImageFactory,
    InnovationFactory,
    NewsIndexFactory,
    PartnerFactory,
    PartnerIndexFactory,
    ShowcaseIndexFactory,
    StandardPageFactory,
)
from tests.filled_pages import SHARE_SIZE
from tests.helpers import canonical, hreflangs, page_types, parse, robots, url_in
from tests.seo_helpers import (
    ARABIC_LETTERS,
    BASE,
    arabic_only,
    bilingual,
    extract,
    media_file,
    meta_named,
    title_text,
)

PAGE_TYPES = page_types()
NEWSROOM_TYPES = (NewsIndexPage, NewsArticlePage, PressKitPage)
OG_LOCALES = {"ar": "ar_SA", "en": "en_US"}
OTHER = {"ar": "en", "en": "ar"}


def in_language(language, read):
    """`read()` in `language` with modeltranslation's fallback to Arabic switched off."""
    with translation.override(language), fallbacks(False):
        return read()


def plain(text):
    return re.sub(r"\s+", " ", strip_tags(text or "")).strip()


def assert_written_in(text, language):
    assert text
    if language == "ar":
        assert ARABIC_LETTERS.search(text), text
    else:
        assert not ARABIC_LETTERS.search(text), text


def assert_absolute_urls(value, path="JSON-LD"):
    """Every URL-valued property in a JSON-LD object is absolute, on this server."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in {"url", "item", "@id", "logo", "image", "sameAs"} and isinstance(item, str):
                assert item.startswith(("http://", "https://")), f"{path}.{key} = {item!r}"
            assert_absolute_urls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str) and path.endswith((".image", ".sameAs")):
                assert item.startswith(("http://", "https://")), f"{path}[{index}] = {item!r}"
            assert_absolute_urls(item, f"{path}[{index}]")


def assert_image_file(url, size):
    path = media_file(url)
    assert path.is_file(), url
    with Image.open(path) as image:
        assert image.size == size


def assert_image_object(obj):
    assert obj["@type"] == "ImageObject"
    assert_image_file(obj["url"], (obj["width"], obj["height"]))


def og_rendition_url(image):
    return BASE + image.get_rendition("fill-1200x630-c80|format-jpeg").url


def by_type(objects):
    found = {}
    for obj in objects:
        assert obj["@context"] in ("https://schema.org", "http://schema.org")
        found.setdefault(obj["@type"], []).append(obj)
    return found


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_describes_itself_in_its_language(client, filled_pages, model, language):
    page = filled_pages[model]
    url = url_in(page, language)
    response = client.get(url)
    assert response.status_code == 200
    og, json_ld = extract(response, url)
    full_url = BASE + url
    site_name = in_language(language, lambda: SiteSettings.objects.get().organisation_name)
    title = in_language(language, lambda: page.seo_title or page.title)

    # <title>: the page's title in this language, then the site's name (once).
    expected_title = title if title == site_name else f"{title} | {site_name}"
    assert title_text(response) == expected_title
    assert_written_in(title, language)

    # Description: plain text in this language, short, taken from the page's summary.
    [description] = meta_named(response, "description")
    assert_written_in(description, language)
    assert "<" not in description and len(description) <= 160
    summary = plain(in_language(language, lambda: page.listing_summary))
    assert summary.startswith(description.removesuffix("…"))

    # Canonical and hreflang (from the base layout) agree with OpenGraph.
    assert canonical(response) == full_url
    alternates = hreflangs(response)
    assert alternates[language] == full_url
    assert alternates[OTHER[language]] == BASE + url_in(page, OTHER[language])
    assert alternates["x-default"] == BASE + url_in(page, "ar")

    # OpenGraph.
    assert og["og:title"] == [title]
    assert og["og:description"] == [description]
    assert og["og:url"] == [full_url]
    assert og["og:type"] == ["article" if model is NewsArticlePage else "website"]
    assert og["og:site_name"] == [site_name]
    assert og["og:locale"] == [OG_LOCALES[language]]
    assert og["og:locale:alternate"] == [OG_LOCALES[OTHER[language]]]
    [image_url] = og["og:image"]
    assert image_url.startswith(f"{BASE}/media/")
    assert og["og:image:width"] == ["1200"] and og["og:image:height"] == ["630"]
    assert_image_file(image_url, (1200, 630))
    [alt] = og["og:image:alt"]
    assert_written_in(alt, language)

    # Twitter card.
    assert meta_named(response, "twitter:card") == ["summary_large_image"]
    assert meta_named(response, "twitter:image") == [image_url]
    assert meta_named(response, "twitter:title") == [title]

    # JSON-LD.
    objects = by_type(json_ld)
    for obj in json_ld:
        assert_absolute_urls(obj)
    if model is HomePage:
        assert "BreadcrumbList" not in objects
        [organisation] = objects["Organization"]
        assert organisation["name"] == site_name
        assert organisation["url"] == full_url
        assert_image_object(organisation["logo"])
    else:
        [trail] = objects["BreadcrumbList"]
        items = trail["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        home = HomePage.objects.get()
        assert items[0]["item"] == BASE + url_in(home, language)
        assert items[0]["name"] == in_language(language, lambda: home.title)
        assert items[-1]["item"] == full_url
        assert items[-1]["name"] == in_language(language, lambda: page.title)
        assert len(items) == page.depth - 1  # home is at depth 2
    if model is NewsArticlePage:
        [article] = objects["NewsArticle"]
        assert article["inLanguage"] == language
        assert article["headline"] == title
        assert article["description"] == description
        assert article["mainEntityOfPage"]["@id"] == full_url
        assert article["datePublished"].startswith(page.date.isoformat())
        assert article["dateModified"] >= article["datePublished"][:10]
        assert article["image"][0]["url"] == image_url
        assert article["publisher"]["@type"] == "Organization"
        assert article["publisher"]["name"] == site_name
        assert_image_object(article["publisher"]["logo"])
        assert og["article:published_time"][0].startswith(page.date.isoformat())
    else:
        assert "NewsArticle" not in objects

    # The newsroom's pages announce its two feeds, in this language.
    feeds = [
        link
        for link in parse(response).links
        if link.get("rel") == "alternate" and link.get("type") == "application/atom+xml"
    ]
    if model in NEWSROOM_TYPES:
        assert [link["href"] for link in feeds] == [
            f"{BASE}/{language}/feeds/news/",
            f"{BASE}/{language}/feeds/press-releases/",
        ]
        assert all(site_name in link["title"] for link in feeds)
    else:
        assert feeds == []


@pytest.fixture
def story(home):
    return StandardPageFactory(parent=home, intro={"ar": "مقدمة", "en": "Introduction"})


def test_title_and_description_use_the_fields_of_their_own_language(client, story):
    page = story
    page.seo_title_en = "Our story, in short"
    page.search_description_en = "What the camp is, in English."
    page.seo_title_ar = ""
    page.search_description_ar = "ما المخيم، بالعربية."
    page.save()

    english = client.get(url_in(page, "en"))
    assert title_text(english).startswith("Our story, in short | ")
    assert meta_named(english, "description") == ["What the camp is, in English."]

    arabic = client.get(url_in(page, "ar"))
    assert title_text(arabic).startswith(f"{page.title_ar} | ")
    assert meta_named(arabic, "description") == ["ما المخيم، بالعربية."]


def test_english_metadata_never_falls_back_to_arabic_text(client, home):
    page = ArticleFactory(parent=NewsIndexFactory(parent=home))
    page.seo_title_ar = "عنوان عربي لمحركات البحث"
    page.search_description_ar = "وصف عربي لمحركات البحث"
    page.lead_en = ""  # translated title, but no English lead yet
    page.save()
    tagline_en = SiteSettings.objects.get().tagline_en

    response = client.get(url_in(page, "en"))
    og, json_ld = extract(response, url_in(page, "en"))
    assert title_text(response).startswith(f"{page.title_en} | ")
    assert meta_named(response, "description") == [tagline_en]
    assert og["og:description"] == [tagline_en]
    assert by_type(json_ld)["NewsArticle"][0]["description"] == tagline_en


def test_long_html_description_becomes_short_plain_text(client, story):
    page = story
    sentence = "The camp <strong>gathers</strong> innovators &amp; partners in Mina. "
    page.search_description_en = sentence * 8
    page.save()

    [description] = meta_named(client.get(url_in(page, "en")), "description")
    text = ("The camp gathers innovators & partners in Mina. " * 8).strip()
    assert len(description) <= 160
    assert description.endswith("…")
    kept = description.removesuffix("…")
    assert text.startswith(kept)
    assert text[len(kept)] == " "  # cut between words, not inside one


def test_untranslated_page_has_no_metadata_at_its_english_url(client, home):
    page = arabic_only(StandardPage, home, "صفحة-بلا-ترجمة", "صفحة بلا ترجمة", intro="مقدمة الصفحة")

    english = client.get(url_in(page, "en"))
    assert english.status_code == 200
    assert "noindex" in robots(english)
    og, json_ld = extract(english, url_in(page, "en"))
    assert og == {}
    assert json_ld == []
    assert meta_named(english, "description") == []
    assert meta_named(english, "twitter:card") == []

    arabic = client.get(url_in(page, "ar"))
    og, json_ld = extract(arabic, url_in(page, "ar"))
    assert og["og:locale"] == ["ar_SA"]
    assert "og:locale:alternate" not in og
    assert "en" not in hreflangs(arabic)
    assert meta_named(arabic, "description") == ["مقدمة الصفحة"]
    assert "BreadcrumbList" in by_type(json_ld)


def test_share_image_falls_back_to_the_home_hero(client, home):
    hero_url = og_rendition_url(home.hero_image)

    # A partner's logo does not crop to a link preview: the home page's image stands in.
    partner = PartnerFactory(parent=PartnerIndexFactory(parent=home), logo=ImageFactory(key="logo"))
    og, _json_ld = extract(client.get(url_in(partner, "en")), url_in(partner, "en"))
    assert og["og:image"] == [hero_url]
    assert og["og:image:alt"] == [home.hero_image.description_en]

    # So does an image too small for 1200×630.
    small = ImageFactory()
    assert small.width < 1200
    newsroom = NewsIndexFactory(parent=home)
    article = bilingual(
        NewsArticlePage,
        newsroom,
        ("خبر-بصورة-صغيرة", "small-image-news"),
        ("خبر بصورة صغيرة", "News with a small image"),
        lead_ar="مقدمة",
        lead_en="Lead",
        hero_image=small,
    )
    og, json_ld = extract(client.get(url_in(article, "ar")), url_in(article, "ar"))
    assert og["og:image"] == [hero_url]
    assert og["og:image:width"] == ["1200"]
    assert by_type(json_ld)["NewsArticle"][0]["image"][0]["url"] == og["og:image"][0]

    # A page's own large image is used when it has one.
    innovation = InnovationFactory(
        parent=ShowcaseIndexFactory(parent=home), image=ImageFactory(key="large", size=SHARE_SIZE)
    )
    og, _json_ld = extract(client.get(url_in(innovation, "ar")), url_in(innovation, "ar"))
    assert og["og:image"] == [og_rendition_url(innovation.image)]
    assert og["og:image"] != [hero_url]


def test_json_ld_is_escaped_and_needs_no_csp_nonce(client, story):
    page = story
    hostile = 'Story </script><script>alert("x")</script> & <!-- more'
    page.title_en = hostile
    page.save()

    response = client.get(url_in(page, "en"))
    html = response.content.decode()
    assert "<script>alert(" not in html
    assert "<!-- more" not in html.split("</head>")[0].split("application/ld+json", 1)[1]

    _og, json_ld = extract(response, url_in(page, "en"))
    trail = by_type(json_ld)["BreadcrumbList"][0]
    assert trail["itemListElement"][-1]["name"] == hostile

    # A cached page must not replay a nonce: the policy names none, the data blocks carry none.
    policy = response.headers["Content-Security-Policy"]
    assert "nonce-" not in policy
    assert "script-src 'self';" in policy + ";"
    assert " nonce=" not in html
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert scripts
    for payload in scripts:
        json.loads(payload)
