"""A page's slug in a language, as modeltranslation resolves it, expressed as a database filter.

`page.slug` read with a language active is that language's column, or, when it is empty, the
next language in modeltranslation's fallback order (English falls back to Arabic). These
helpers compute the same value in Python and build the filter that finds it in the database,
so a child can be looked up by its visible slug with one query instead of loading every sibling.
"""

import operator
from functools import reduce

from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.models import Page

from core.fallbacks import with_fallback


def _slug_descriptor():
    return Page.__dict__["slug"]  # modeltranslation's TranslationFieldDescriptor


def fallback_order(language):
    """The columns `page.slug` reads with `language` active, in order (e.g. en -> en, ar).

    With the fallback on even where a public request turned it off (core.fallbacks): an
    untranslated page's English URL carries its Arabic slug and must still be found.
    """
    with with_fallback():
        return resolution_order(language, _slug_descriptor().fallback_languages)


def _empty(language):
    column = build_localized_fieldname("slug", language)
    return Q(**{f"{column}__isnull": True}) | Q(**{column: ""})


def slug_q(language, slug):
    """Pages whose slug, read with `language` active, equals `slug`."""
    order = fallback_order(language)
    if not slug:
        condition = Q()
        for code in order:
            condition &= _empty(code)
        return condition
    # The first language's column holds the slug, or it is empty and the next one does…
    alternatives = []
    earlier_empty = Q()
    for code in order:
        alternatives.append(earlier_empty & Q(**{build_localized_fieldname("slug", code): slug}))
        earlier_empty &= _empty(code)
    return reduce(operator.or_, alternatives)


def slug_in(values, language):
    """`page.slug` with `language` active, from a dict of the page's `slug_<code>` values."""
    for code in fallback_order(language):
        value = values.get(build_localized_fieldname("slug", code))
        if value:
            return value
    return ""


def slug_columns():
    from modeltranslation.settings import AVAILABLE_LANGUAGES

    return [build_localized_fieldname("slug", code) for code in AVAILABLE_LANGUAGES]
