"""Grow the demo site fast: bilingual, published innovations and news articles in bulk.

Saving 20,000 pages one by one through Wagtail takes hours (each save walks the tree, cleans,
revises, signals). Here each new page copies the fields of a demo page of its type, gets its
own titles, slugs and treebeard path (computed in bulk after the parent's last child), its
translated URL paths, a live state and publication dates; the rows go in with one INSERT per
batch for the page table and one for the page type's own table; the parent's child count and
the theme links follow, and the site search's entries and key rows come from `search.index`.
"""

import datetime
import uuid

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from news.models import ArticleKind, NewsArticlePage, NewsIndexPage
from search.index import entries_for, keys_of
from search.models import SearchEntry, SearchKey
from showcase.models import InnovationPage, ShowcaseIndexPage, Stage, Theme

BATCH = 500
# Fields each new page sets itself rather than copying from the demo page it imitates.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "live_revision_id",
    "latest_revision_id",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by_id",
}
_PER_LANGUAGE = ("title", "slug", "url_path")


def page_count():
    return Page.objects.count()


def grow(count):
    """Add about `count` pages: five innovations for each news article."""
    articles = count // 6
    made = _add_children(ShowcaseIndexPage.objects.get(), InnovationPage, count - articles, _innovation)
    made += _add_children(NewsIndexPage.objects.get(), NewsArticlePage, articles, _article)
    return made


def _innovation(page, n):
    page.summary_ar = f"ملخص ابتكار تجريبي رقم {n} لخدمة ضيوف الرحمن في المشاعر المقدسة"
    page.summary_en = f"Summary of sample innovation {n} serving pilgrims at the holy sites"
    page.stage = list(Stage.values)[n % len(Stage.values)]
    page.published_on = datetime.date(2020 + n % 7, 1 + n % 12, 1 + n % 28)
    return (f"ابتكار تجريبي {n}", f"Sample innovation {n}", f"ابتكار-تجريبي-{n}", f"sample-innovation-{n}")


def _article(page, n):
    page.lead_ar = f"مقدمة الخبر التجريبي رقم {n} عن المخيم"
    page.lead_en = f"Lead of sample article {n} about the camp"
    page.kind = list(ArticleKind.values)[n % len(ArticleKind.values)]
    page.date = datetime.date(2019 + n % 8, 1 + n % 12, 1 + n % 28)
    return (f"خبر تجريبي {n}", f"Sample article {n}", f"خبر-تجريبي-{n}", f"sample-article-{n}")


@transaction.atomic
def _add_children(parent, model, count, fill):
    if count <= 0:
        return 0
    template = model.objects.child_of(parent).live().order_by("path").first()
    copied = {
        field.attname: getattr(template, field.attname)
        for field in model._meta.concrete_fields
        if field.attname not in OWN_FIELDS and not field.attname.startswith(_PER_LANGUAGE)
    }
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    start = model.objects.count() + 1
    now = timezone.now()
    pages = []
    for offset in range(count):
        n = start + offset
        page = model(**copied)
        title_ar, title_en, slug_ar, slug_en = fill(page, n)
        page.title = page.title_ar = page.draft_title = title_ar
        page.title_en = title_en
        page.slug = page.slug_ar = slug_ar
        page.slug_en = slug_en
        page.url_path = page.url_path_ar = f"{parent.url_path_ar}{slug_ar}/"
        page.url_path_en = f"{parent.url_path_en}{slug_en}/"
        page.path = Page._get_path(parent.path, parent.depth + 1, first_step + offset)
        page.depth, page.numchild = parent.depth + 1, 0
        page.translation_key = uuid.uuid4()
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now - datetime.timedelta(minutes=n)
        pages.append(page)

    themes = list(Theme.objects.values_list("pk", flat=True))
    local_fields = list(model._meta.local_concrete_fields)
    for index in range(0, len(pages), BATCH):
        batch = pages[index : index + BATCH]
        # The page table first (ids come back), then the page type's own table.
        Page.objects.bulk_create(batch)
        for page in batch:
            page.page_ptr_id = page.id
        model._base_manager._insert(batch, fields=local_fields, raw=True)
        if model is InnovationPage and themes:
            through = InnovationPage.themes.through
            through.objects.bulk_create(
                through(innovationpage_id=page.pk, theme_id=themes[page.pk % len(themes)]) for page in batch
            )
        entries = SearchEntry.objects.bulk_create([entry for page in batch for entry in entries_for(page)])
        # The search reads the key rows, not the entries: without them the new pages would
        # be invisible to it and the search rows would measure nothing.
        SearchKey.objects.bulk_create((key for entry in entries for key in keys_of(entry)), batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return count
