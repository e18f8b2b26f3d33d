"""Editors' picks (core.SearchPick): pages shown above the results for one query.

Which pages are picked for which query is kept in the cache per language until a pick
changes, so a search without a pick costs no query for them; a pick's page is read (one
query) only when the query has one, and shown only while it is live in that language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page

from core.i18n import translated_q
from search.models import SearchPick

CACHE_KEY = "search.picks.{language}"


@dataclass(frozen=True)
class Pick:
    title: str
    url: str


def picked_page_ids(language):
    """{query keys: [page id, …] in the editors' order} for `language`."""
    mapping = cache.get(CACHE_KEY.format(language=language))
    if mapping is None:
        mapping = {}
        rows = SearchPick.objects.filter(language=language).order_by("sort_order", "pk")
        for keys, page_id in rows.values_list("query_keys", "page_id"):
            if page_id not in mapping.setdefault(keys, []):
                mapping[keys].append(page_id)
        cache.set(CACHE_KEY.format(language=language), mapping, None)
    return mapping


def picks_for(query, language, request):
    """The live pages editors picked for this query in this language, in their order."""
    ids = picked_page_ids(language).get(query.keys_text())
    if not ids:
        return []
    pages = Page.objects.filter(pk__in=ids, live=True).filter(translated_q(language))
    pages = {page.pk: page for page in pages}
    picks = []
    for page_id in ids:
        page = pages.get(page_id)
        url = page.get_url(request) if page else None
        if url:
            picks.append(Pick(title=getattr(page, f"title_{language}") or page.title, url=url))
    return picks


@receiver(post_save, sender=SearchPick, dispatch_uid="search.picks.saved")
@receiver(post_delete, sender=SearchPick, dispatch_uid="search.picks.deleted")
def forget_picks(sender, instance, **kwargs):
    # Every language: an edit may have moved it from one language to the other.
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
