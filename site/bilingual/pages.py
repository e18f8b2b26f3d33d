"""One constructor for a bilingual page, shared by the demo loader (`home/demo`) and the
tests' factories (`tests/factories.py`), so both make pages the way the admin does."""

from django.utils import timezone, translation

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_CODES


def is_per_language(value):
    """`{"ar": …, "en": …}` (either key may be left out) holds one value per language."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGE_CODES)


def per_language(make):
    """`{"ar": make("ar"), "en": make("en")}`: for copy composed the same way in each language."""
    return {code: make(code) for code in LANGUAGE_CODES}


def in_language(value, code):
    """`value` with every `{"ar": …, "en": …}` inside it resolved to language `code`."""
    if isinstance(value, dict):
        if is_per_language(value):
            return value[code]
        return {key: in_language(item, code) for key, item in value.items()}
    if isinstance(value, list):
        return [in_language(item, code) for item in value]
    return value


def translated_fields(name, values):
    """`summary={"ar": a, "en": b}` as model fields: `summary_ar`, `summary_en`, and the
    untranslated column `summary`, which holds the default language as the admin leaves it."""
    fields = {f"{name}_{code}": values.get(code, "") for code in LANGUAGE_CODES}
    fields[name] = values.get(DEFAULT_LANGUAGE, "")
    return fields


def model_values(fields):
    """Keyword arguments for a model: per-language values split into their columns."""
    values = {}
    for name, value in fields.items():
        values |= translated_fields(name, value) if is_per_language(value) else {name: value}
    return values


def build_object(model, **fields):
    """An unsaved `model` (a snippet, an inline object such as a team member) with its
    per-language fields given as `{"ar": …, "en": …}`."""
    with translation.override(DEFAULT_LANGUAGE):
        return model(**model_values(fields))


def build_page(model, parent, *, title, slug, revision=True, **fields):
    """Add a live page of `model` under `parent` and return it.

    `title` and `slug` are `{"ar": …, "en": …}`; an English title left out leaves the page
    untranslated. Any other field may be given per language the same way; anything else
    (numbers, images, lists of themes or of inline objects) is set as it is. With `revision`
    the page is published the way the admin does it, so the publishing signals run; without
    it no revision is made and no signal is sent: much faster, and enough for listings.
    """
    values = translated_fields("title", title) | translated_fields("slug", slug) | model_values(fields)
    # In the default language, so that untranslated fields land in its columns whatever
    # language an earlier request left active.
    with translation.override(DEFAULT_LANGUAGE):
        page = model(**values)
        if not revision:
            page.first_published_at = timezone.now()
        parent.add_child(instance=page)
        if revision:
            page.save_revision().publish()
    return page
