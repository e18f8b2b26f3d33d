"""Public pages show each language's own text (core.fallbacks); these tags say what to do
where a translation is missing: leave the item out, or, for a name, show it in Arabic marked
as Arabic so that screen readers and browsers read it as Arabic."""

from django import template
from django.utils.html import format_html
from modeltranslation.utils import build_localized_fieldname

from core.i18n import DEFAULT_LANGUAGE, DIRECTIONS

register = template.Library()


@register.filter
def with_text(items, field):
    """The items whose `field` has text in the active language (the rest are left out)."""
    return [item for item in items if getattr(item, field, "")]


@register.simple_tag
def name_in_language(obj, field):
    """A person's or organisation's name: in the active language, else the Arabic original
    inside `<span lang="ar" dir="rtl">` (a name is kept, not left out, and not translated)."""
    value = getattr(obj, field, "")
    if value:
        return value
    original = getattr(obj, build_localized_fieldname(field, DEFAULT_LANGUAGE), "") or ""
    if not original:
        return ""
    return format_html(
        '<span lang="{}" dir="{}">{}</span>', DEFAULT_LANGUAGE, DIRECTIONS[DEFAULT_LANGUAGE], original
    )
