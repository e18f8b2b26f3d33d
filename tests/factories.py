"""Builders for pages in tests: published, translated, attached where they belong."""

import itertools

from django.utils import timezone, translation

from news.models import NewsArticlePage
from showcase.models import InnovationPage, PartnerPage

_counter = itertools.count(1)


def publish(parent, page, revision=False):
    """Add `page` live under `parent`. Without `revision` no revision is made and no publish
    signal is sent: much faster, and enough for listings."""
    page.first_published_at = page.first_published_at or timezone.now()
    parent.add_child(instance=page)
    if revision:
        page.save_revision().publish()
    return page


def translated_page(model, parent, title, slug=None, *, revision=True, **fields):
    """A live page of `model` under `parent`. `title` and `slug` are (Arabic, English) pairs;
    an empty English title leaves the page untranslated. With `revision`, it is published
    the way the admin does it, so the publishing signals run."""
    n = next(_counter)
    slug = slug or (f"صفحة-اختبار-{n}", f"test-page-{n}" if title[1] else "")
    # In Arabic, so that untranslated fields (`title`, `slug`) land in the Arabic columns
    # whatever language an earlier request left active.
    with translation.override("ar"):
        page = model(
            title=title[0],
            title_ar=title[0],
            title_en=title[1],
            slug=slug[0],
            slug_ar=slug[0],
            slug_en=slug[1],
            **fields,
        )
        return publish(parent, page, revision=revision)


def innovation(index, *, stage="idea", themes=(), partners=(), image=None):
    n = next(_counter)
    return translated_page(
        InnovationPage,
        index,
        (f"ابتكار اختبار {n}", f"Test innovation {n}"),
        revision=False,
        summary_ar=f"ملخص {n}",
        summary_en=f"Summary {n}",
        challenge_ar="<p>تحد</p>",
        solution_ar="<p>حل</p>",
        stage=stage,
        image=image,
        themes=list(themes),
        partners=list(partners),
    )


def partner(index, *, kind="company", logo=None):
    n = next(_counter)
    return translated_page(
        PartnerPage, index, (f"شريك اختبار {n}", f"Test partner {n}"), revision=False, kind=kind, logo=logo
    )


def article(index, *, kind="news", date=None, tags=(), image=None):
    n = next(_counter)
    extra = {"date": date} if date else {}
    return translated_page(
        NewsArticlePage,
        index,
        (f"خبر اختبار {n}", f"Test article {n}"),
        revision=False,
        lead_ar="مقدمة",
        lead_en="Lead",
        kind=kind,
        hero_image=image,
        tags=list(tags),
        **extra,
    )


def image(key="test"):
    """A tiny real image file (renditions of it are cheap to make)."""
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile

    from core.models import CustomImage
    from home.demo.images import photo

    n = next(_counter)
    return CustomImage.objects.create(
        title=f"Test image {key} {n}",
        description_ar="وصف",
        description_en="Description",
        file=ImageFile(ContentFile(photo(f"{key}-{n}", size=(64, 36))), name=f"{key}-{n}.jpg"),
    )
