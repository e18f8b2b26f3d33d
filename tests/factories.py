"""Builders for pages in tests: published, translated, attached where they belong."""

import itertools

from django.utils import timezone

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


def innovation(index, *, stage="idea", themes=(), partners=(), image=None, english=True):
    n = next(_counter)
    page = InnovationPage(
        title=f"ابتكار اختبار {n}",
        title_ar=f"ابتكار اختبار {n}",
        title_en=f"Test innovation {n}" if english else "",
        slug=f"test-innovation-{n}",
        slug_ar=f"ابتكار-اختبار-{n}",
        slug_en=f"test-innovation-{n}",
        summary=f"ملخص {n}",
        summary_ar=f"ملخص {n}",
        summary_en=f"Summary {n}",
        challenge_ar="<p>تحد</p>",
        challenge="<p>تحد</p>",
        solution_ar="<p>حل</p>",
        solution="<p>حل</p>",
        stage=stage,
        image=image,
    )
    page.themes = list(themes)
    page.partners = list(partners)
    return publish(index, page)


def partner(index, *, kind="company", logo=None):
    n = next(_counter)
    return publish(
        index,
        PartnerPage(
            title=f"شريك اختبار {n}",
            title_ar=f"شريك اختبار {n}",
            title_en=f"Test partner {n}",
            slug=f"test-partner-{n}",
            slug_ar=f"شريك-اختبار-{n}",
            slug_en=f"test-partner-{n}",
            kind=kind,
            logo=logo,
        ),
    )


def article(index, *, kind="news", date=None, tags=(), image=None):
    n = next(_counter)
    page = NewsArticlePage(
        title=f"خبر اختبار {n}",
        title_ar=f"خبر اختبار {n}",
        title_en=f"Test article {n}",
        slug=f"test-article-{n}",
        slug_ar=f"خبر-اختبار-{n}",
        slug_en=f"test-article-{n}",
        lead="مقدمة",
        lead_ar="مقدمة",
        lead_en="Lead",
        kind=kind,
        hero_image=image,
    )
    if date:
        page.date = date
    page.tags = list(tags)
    return publish(index, page)


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
