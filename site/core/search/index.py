"""Keeps `core.SearchEntry` in step with what is published.

Entries are written in the same transaction as the publish that triggers them (see
`core.search.signals`), so the index is never ahead of or behind the live pages. Deleting a
page deletes its entries through the foreign key's CASCADE.
"""

import logging

from django.db import transaction
from wagtail.models import Page

from core.i18n import LANGUAGE_CODES
from core.models import SearchEntry
from core.search.extract import page_document
from core.search.normalise import is_stop_word, word_keys, words

logger = logging.getLogger(__name__)

# Marks a variant key in the `*_terms` columns (see core.search.normalise): “~ابتكار” is
# found by a search, but ranks below the word itself.
VARIANT = "~"


def terms_of(text):
    """The keys of `text` as stored: " key key ~variant key ", padded with spaces so that
    `LIKE '% key%'` finds a key at the start of a word and nowhere else.

    Stop words are left out: alone they find nothing useful, and some share a stem with a
    real word (من, from; منى, Mina).
    """
    tokens = []
    for word in words(text):
        if is_stop_word(word):
            continue
        keys = word_keys(word)
        if keys:
            tokens.append(keys[0])
            tokens.extend(VARIANT + key for key in keys[1:])
    return f" {' '.join(tokens)} " if tokens else ""


def entries_for(page):
    """Unsaved entries for a live page, one per language it is written in."""
    page = page.specific
    entries = []
    for language in LANGUAGE_CODES:
        document = page_document(page, language)
        if document is None:
            continue
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=language,
                title=document.title,
                title_terms=terms_of(document.title),
                body_terms=terms_of(document.text),
                text=document.text,
            )
        )
    return entries


def is_searchable(page):
    # The tree's root is not a page anyone visits.
    return page.live and page.depth > 1


@transaction.atomic
def index_page(page):
    """(Re)write the page's entries; an English entry only while the page has English."""
    if not is_searchable(page):
        remove_page(page)
        return
    entries = entries_for(page)
    SearchEntry.objects.filter(page_id=page.pk).exclude(
        language__in=[entry.language for entry in entries]
    ).delete()
    for entry in entries:
        SearchEntry.objects.update_or_create(
            page_id=page.pk,
            language=entry.language,
            defaults={
                "title": entry.title,
                "title_terms": entry.title_terms,
                "body_terms": entry.body_terms,
                "text": entry.text,
            },
        )


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


@transaction.atomic
def rebuild_index():
    """Every live page again, from scratch. Returns the number of entries written."""
    SearchEntry.objects.all().delete()
    entries = []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        try:
            entries.extend(entries_for(page))
        except Exception:
            # One broken page must not keep every other page out of the search.
            logger.exception("Could not index page %s", page.pk)
    SearchEntry.objects.bulk_create(entries, batch_size=200)
    return len(entries)
