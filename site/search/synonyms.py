"""Editors' synonyms (core.SearchSynonyms) → for each key, the keys of its synonyms.

Read once per language and kept in the cache until the snippet changes (the receivers below
drop it), so a search usually costs no query for them.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.models import SearchSynonyms
from search.normalise import is_stop_word, word_keys, words

CACHE_KEY = "search.synonyms.{language}"
_SEPARATORS = re.compile("[,،;؛]")


def parse_groups(text):
    """[[key, …], …]: each line's single-word entries by their primary key."""
    groups = []
    for line in (text or "").splitlines():
        keys = []
        for entry in _SEPARATORS.split(line):
            found = [word for word in words(entry) if not is_stop_word(word)]
            if len(found) == 1 and word_keys(found[0]) and word_keys(found[0])[0] not in keys:
                keys.append(word_keys(found[0])[0])
        if len(keys) > 1:
            groups.append(keys)
    return groups


def synonym_map(language):
    """{key: (synonym key, …)} for `language`."""
    mapping = cache.get(CACHE_KEY.format(language=language))
    if mapping is None:
        text = SearchSynonyms.objects.filter(language=language).values_list("groups", flat=True).first()
        mapping = {}
        for group in parse_groups(text):
            for key in group:
                mapping.setdefault(key, [])
                mapping[key] += [other for other in group if other != key and other not in mapping[key]]
        mapping = {key: tuple(others) for key, others in mapping.items()}
        cache.set(CACHE_KEY.format(language=language), mapping, None)
    return mapping


@receiver(post_save, sender=SearchSynonyms, dispatch_uid="search.synonyms.saved")
@receiver(post_delete, sender=SearchSynonyms, dispatch_uid="search.synonyms.deleted")
def forget_synonyms(sender, instance, **kwargs):
    # Every language: an edit may have moved it from one language to the other.
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
