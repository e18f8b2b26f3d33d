"""A page → its title and plain text in one language, for the search index.

The fields come from modeltranslation's registry, not from a list kept here: a field added
to any page type's `translation.py` is searched without touching this module, and only the
column of the language being indexed is read (`body_en`, never the Arabic fallback).
"""

import re
from dataclasses import dataclass
from functools import cache
from html import unescape

from django.db import models
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.i18n import is_translated
from search.normalise import clean_text

# Translated on every page, but not words a reader searches for.
_NOT_TEXT = {"title", "slug", "url_path", "draft_title"}
# Enough for any page on this site; a runaway paste does not bloat the index.
MAX_TEXT_CHARS = 100_000
# A block tag or a line break separates words (<p>حج</p><p>عمرة</p> is two words); inline
# tags do not (<b>ابتكار</b>ات is one).
_BLOCK_TAG = re.compile(
    r"</?(?:p|h[1-6]|li|ul|ol|blockquote|div|figure|figcaption|table|tr|td|th|br|hr|embed)\b[^>]*>", re.I
)


@dataclass(frozen=True)
class Document:
    title: str
    text: str


def page_document(page, language):
    """The page as searched in `language`, or None when it has no text in that language."""
    if not is_translated(page, language):
        return None
    title = clean_text(getattr(page, f"title_{language}", "") or "")
    if not title:
        return None
    parts = []
    for field in text_fields(type(page)):
        value = getattr(page, f"{field.name}_{language}", None)
        parts.extend(part for part in field_text(field, value) if part)
    return Document(title=title, text="\n".join(parts)[:MAX_TEXT_CHARS])


@cache
def text_fields(model):
    """The model's translated text fields, in declaration order, Wagtail's own last.

    The page type's own fields come first, so a text without a match still opens with the
    page's summary or lead rather than its SEO description.
    """
    try:
        translated = set(translator.get_options_for_model(model).all_fields) - _NOT_TEXT
    except NotRegistered:
        return ()
    fields = [field for field in model._meta.get_fields() if field.name in translated and _is_text(field)]
    fields.sort(key=lambda field: field.model is Page)
    return tuple(fields)


def _is_text(field):
    if isinstance(field, models.SlugField | models.URLField | models.EmailField):
        return False
    return isinstance(field, models.CharField | models.TextField | StreamField)


def field_text(field, value):
    if value is None or value == "":
        return []
    if isinstance(field, StreamField):
        return [clean_text(text) for text in block_text(field.stream_block, value)]
    if isinstance(field, RichTextField):
        return [html_to_text(value)]
    return [clean_text(str(value))]


def block_text(block, value):
    """The text a reader sees in a block value, walked with the block definitions.

    Only text blocks count: `Block.get_searchable_content` would also yield the labels of
    choice blocks (“Section heading”), which are not the page's words.
    """
    if value is None or not getattr(block.meta, "search_index", True):
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_text(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_text(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_text(block.child_block, item)
    elif isinstance(block, blocks.RichTextBlock):
        yield html_to_text(getattr(value, "source", value) or "")
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield str(value)


def html_to_text(html):
    return clean_text(unescape(strip_tags(_BLOCK_TAG.sub(" ", str(html)))))
