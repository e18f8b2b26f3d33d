"""Factories for what tests build: pages (published, translated, attached where they belong),
images, themes and tags.

factory-boy gives each object a unique title and slug and lets a test name only what it is
about; pages are made by the site's own bilingual constructor (`bilingual.pages.build_page`),
the one the demo loader uses. Every text is `{"ar": …, "en": …}`.

    showcase = ShowcaseIndexFactory(parent=home)
    InnovationFactory(parent=showcase, stage="pilot", themes=[ThemeFactory()])
"""

import itertools

import factory
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.documents.models import Document

from bilingual.pages import build_object, build_page
from core.models import CustomImage
from home.demo.images import photo
from home.models import StandardPage
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsTag, PressAsset, PressKitPage
from showcase.models import InnovationPage, PartnerIndexPage, PartnerPage, ShowcaseIndexPage, Theme

# One counter for every factory: factory-boy's own sequences count per factory class, and
# two classes' pages under one parent must not get the same slug.
_numbers = itertools.count(1)


def numbered(make):
    """A declaration that calls `make(n)` with a number no other object in the run has."""
    return factory.LazyFunction(lambda: make(next(_numbers)))


def in_both(arabic, english):
    """Numbered `{"ar": …, "en": …}` texts: "خبر اختبار 3", "Test article 3"."""
    return numbered(lambda n: {"ar": f"{arabic} {n}", "en": f"{english} {n}"})


class PageFactory(factory.Factory):
    """A live page under `parent`. `revision=True` publishes it the way the admin does, so
    the publishing signals run; by default no revision is made (faster, enough to list it)."""

    class Meta:
        abstract = True

    parent = None
    revision = False
    slug = numbered(lambda n: {"ar": f"صفحة-اختبار-{n}", "en": f"test-page-{n}"})

    @classmethod
    def _create(cls, model_class, *, parent, revision, title, slug, **fields):
        if not title.get("en"):
            slug = {"ar": slug["ar"], "en": ""}
        return build_page(model_class, parent, title=title, slug=slug, revision=revision, **fields)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = in_both("صفحة اختبار", "Test page")


class ShowcaseIndexFactory(PageFactory):
    class Meta:
        model = ShowcaseIndexPage

    title = in_both("معرض اختبار", "Test showcase")


class PartnerIndexFactory(PageFactory):
    class Meta:
        model = PartnerIndexPage

    title = in_both("شركاء اختبار", "Test partners")


class NewsIndexFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = in_both("أخبار اختبار", "Test newsroom")


class InnovationFactory(PageFactory):
    class Meta:
        model = InnovationPage

    title = in_both("ابتكار اختبار", "Test innovation")
    summary = factory.LazyAttribute(lambda page: {"ar": f"ملخص {page.title['ar']}", "en": "Summary"})
    challenge = {"ar": "<p>تحد</p>"}
    solution = {"ar": "<p>حل</p>"}
    stage = "idea"
    image = None
    themes = factory.LazyFunction(list)
    partners = factory.LazyFunction(list)


class PartnerFactory(PageFactory):
    class Meta:
        model = PartnerPage

    title = in_both("شريك اختبار", "Test partner")
    kind = "company"
    logo = None


class ArticleFactory(PageFactory):
    class Meta:
        model = NewsArticlePage

    title = in_both("خبر اختبار", "Test article")
    lead = {"ar": "مقدمة", "en": "Lead"}
    kind = "news"
    hero_image = None
    tags = factory.LazyFunction(list)


class PressKitFactory(PageFactory):
    """A press kit; `assets` and `contacts` are lists of unsaved `PressAsset`s and
    `MediaContact`s (see `press_asset` and `media_contact`)."""

    class Meta:
        model = PressKitPage

    title = in_both("حقيبة اختبار", "Test press kit")
    boilerplate_short = {"ar": "نبذة قصيرة للاختبار", "en": "A short test boilerplate"}
    boilerplate_long = {"ar": "نبذة طويلة للاختبار", "en": "A long test boilerplate"}
    contacts = factory.LazyFunction(list)
    assets = factory.LazyFunction(list)


ASSET_TITLES = {
    "logo": {"ar": "شعار الاختبار", "en": "Test logo"},
    "photo": {"ar": "صورة الاختبار", "en": "Test photo"},
    "document": {"ar": "وثيقة الاختبار", "en": "Test document"},
}


def press_asset(kind, *, title=None, image=None, document=None, sort_order=0):
    """An unsaved press-kit download: a "logo" or "photo" (an image), or a "document"."""
    if kind == "document":
        document = document or DocumentFactory()
    else:
        image = image or ImageFactory(key=kind)
    title = title or ASSET_TITLES[kind]
    return build_object(
        PressAsset, title=title, kind=kind, image=image, document=document, sort_order=sort_order
    )


def media_contact(email="press@example.org"):
    return build_object(
        MediaContact, name={"ar": "مكتب اختبار", "en": "Test office"}, role={"ar": "الصحافة"}, email=email
    )


class SnippetFactory(factory.Factory):
    """A saved snippet (a theme, a news tag)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, **fields):
        snippet = build_object(model_class, **fields)
        snippet.save()
        return snippet


class ThemeFactory(SnippetFactory):
    class Meta:
        model = Theme

    slug = numbered(lambda n: f"test-theme-{n}")
    title = in_both("موضوع اختبار", "Test theme")
    sort_order = numbered(lambda n: 100 + n)


class NewsTagFactory(SnippetFactory):
    class Meta:
        model = NewsTag

    slug = numbered(lambda n: f"test-tag-{n}")
    title = in_both("وسم اختبار", "Test tag")


class ImageFactory(factory.Factory):
    """A real image file, tiny by default (renditions of it are cheap to make); `size` asks
    for a larger one, e.g. one that fills a 1200×630 share image."""

    class Meta:
        model = CustomImage

    key = "test"
    size = (64, 36)
    title = numbered(lambda n: f"Test image {n}")
    description = {"ar": "وصف", "en": "Description"}

    @classmethod
    def _create(cls, model_class, *, key, size, **fields):
        name = f"{key}-{fields['title'].rsplit(' ', 1)[-1]}"
        image = build_object(
            model_class, file=ImageFile(ContentFile(photo(name, size=size)), name=f"{name}.jpg"), **fields
        )
        image.save()
        return image


class DocumentFactory(factory.Factory):
    """A small text document."""

    class Meta:
        model = Document

    title = numbered(lambda n: f"Test document {n}")
    text = "Test document"

    @classmethod
    def _create(cls, model_class, *, title, text):
        name = title.lower().replace(" ", "-")
        document = model_class(title=title, file=ContentFile(text.encode(), name=f"{name}.txt"))
        document.save()
        return document


# Shorthands kept for the tests written before the factories.


def publish(parent, page, revision=False):
    """Add an already made `page` live under `parent` (see `PageFactory` for `revision`)."""
    page.first_published_at = page.first_published_at or timezone.now()
    parent.add_child(instance=page)
    if revision:
        page.save_revision().publish()
    return page


def translated_page(model, parent, title, slug=None, *, revision=True, **fields):
    """A live page of `model` under `parent`; `title` and `slug` are (Arabic, English) pairs,
    and an empty English title leaves the page untranslated."""
    factory_class = factory.make_factory(model, FACTORY_CLASS=PageFactory, title={})
    titles = {"ar": title[0], "en": title[1]}
    extra = {"slug": {"ar": slug[0], "en": slug[1]}} if slug else {}
    return factory_class(parent=parent, title=titles, revision=revision, **extra, **fields)


def innovation(index, **fields):
    return InnovationFactory(parent=index, **fields)


def partner(index, **fields):
    return PartnerFactory(parent=index, **fields)


def article(index, *, date=None, image=None, **fields):
    extra = {"date": date} if date else {}
    return ArticleFactory(parent=index, hero_image=image, **extra, **fields)


def image(key="test"):
    return ImageFactory(key=key)
