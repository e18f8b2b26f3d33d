"""Keeps `core.SearchEntry` in step with what is published.

Entries are written in the same transaction as the publish that triggers them (see
`search.signals`), so the index is never ahead of or behind the live pages. Deleting a
page deletes its entries through the foreign key's CASCADE.
"""

import logging
from collections import Counter

from django.db import transaction
from wagtail.models import Page

from core.i18n import LANGUAGE_CODES
from search.extract import page_document
from search.models import SearchEntry, SearchKey
from search.normalise import is_stop_word, word_keys, words
from search.plurals import surface

logger = logging.getLogger(__name__)

# Marks a variant key in the `*_terms` columns (see search.normalise): “~ابتكار” is
# found by a search, but ranks below the word itself.
VARIANT = "~"
# Marks the spelling a broken-plural template read (search.plurals): “=مشاريع” is found
# by a search for مشروع, which looks for the other number's exact spelling.
SURFACE = "="
# Longer "words" (a pasted hash, a URL's tail) are no one's typo.
MAX_KEY_CHARS = 100
# Counts past this rank no higher (search.ranking caps the bonus far lower).
MAX_COUNT = 1000
# Raise when what an entry stores changes (keys, columns, normalisation): the release step
# (`rebuild_search_index --if-stale`) then rebuilds every entry once after the deploy.
INDEX_FORMAT = 2


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
            spelling = surface(word)
            if spelling:
                tokens.append(SURFACE + spelling)
    return f" {' '.join(tokens)} " if tokens else ""


def entries_for(page):
    """Unsaved entries for a live page, one per language it is written in."""
    page = page.specific
    entries = []
    for language in LANGUAGE_CODES:
        document = page_document(page, language)
        if document is None:
            continue
        title_terms = terms_of(document.title)
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=language,
                title=document.title,
                title_terms=title_terms,
                body_terms=terms_of(document.text),
                text=document.text,
                title_length=min(primary_count(title_terms), MAX_COUNT),
                index_format=INDEX_FORMAT,
            )
        )
    return entries


def primary_count(terms):
    """How many words `terms` holds (variant and spelling tokens are extra keys of a word)."""
    return sum(1 for token in terms.split() if token[0] not in (VARIANT, SURFACE))


STORED_FIELDS = (
    "title",
    "title_terms",
    "body_terms",
    "text",
    "title_length",
    "index_format",
)


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
        saved, _created = SearchEntry.objects.update_or_create(
            page_id=page.pk,
            language=entry.language,
            defaults={field: getattr(entry, field) for field in STORED_FIELDS},
        )
        SearchKey.objects.filter(entry=saved).delete()
        SearchKey.objects.bulk_create(keys_of(saved), batch_size=500)


def keys_of(entry):
    """Unsaved `SearchKey`s for a saved entry: each token of its title and text once, with
    how often each field holds it."""
    title, body = Counter(entry.title_terms.split()), Counter(entry.body_terms.split())
    return [
        SearchKey(
            entry=entry,
            page_id=entry.page_id,
            title_length=entry.title_length,
            language=entry.language,
            key=key,
            title_count=min(title[key], MAX_COUNT),
            body_count=min(body[key], MAX_COUNT),
        )
        for key in sorted(set(title) | set(body))
        if len(key) <= MAX_KEY_CHARS
    ]


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
    SearchKey.objects.bulk_create((key for entry in entries for key in keys_of(entry)), batch_size=1000)
    return len(entries)


def is_stale():
    """Whether the index needs `rebuild_index`: an entry written by older code, or a live
    page without any entry (a database restored or migrated without the index). Two
    indexed EXISTS queries, so running it on every release costs nothing when all is well."""
    if SearchEntry.objects.exclude(index_format=INDEX_FORMAT).exists():
        return True
    indexed = SearchEntry.objects.values("page_id")
    return Page.objects.live().filter(depth__gt=1).exclude(pk__in=indexed).exists()
