"""Copying a page's Arabic StreamField blocks into its English fields, to translate in place."""

import uuid

from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamField


def translated_streams(model):
    """Names of the page's translated StreamFields (body, at_a_glance, fact_sheet, …)."""
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [name for name in sorted(names) if isinstance(model._meta.get_field(name), StreamField)]


def _fresh_ids(data):
    """The copied blocks get ids of their own: two fields must not share block ids (comments,
    translation digests and the editor's own block references key on them)."""
    if isinstance(data, list):
        return [_fresh_ids(item) for item in data]
    if isinstance(data, dict):
        copied = {key: _fresh_ids(value) for key, value in data.items()}
        if "id" in copied and "type" in copied:
            copied["id"] = str(uuid.uuid4())
        return copied
    return data


def stream_counts(page):
    """{field name: (Arabic block count, English block count)} for the page's streams."""
    return {
        name: (len(getattr(page, f"{name}_ar") or []), len(getattr(page, f"{name}_en") or []))
        for name in translated_streams(type(page))
    }


def copy_arabic_streams(page, overwrite=False):
    """Fill each English stream from the Arabic one; a non-empty English stream only with
    `overwrite`. Returns the names of the fields copied. The caller saves a revision."""
    copied = []
    for name in translated_streams(type(page)):
        arabic = getattr(page, f"{name}_ar")
        english = getattr(page, f"{name}_en")
        if not arabic or (english and not overwrite):
            continue
        field = page._meta.get_field(f"{name}_en")
        raw = _fresh_ids(field.stream_block.get_prep_value(arabic))
        setattr(page, f"{name}_en", field.to_python(raw))
        copied.append(name)
    return copied
