"""Which pages lack English, or changed in Arabic after their English was last changed.

On every publish, each language's translatable content is digested; a language whose
digest differs from the last publish gets a new "changed at" time.
"""

import hashlib
import json

from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import capfirst
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from translations.models import TranslationStamp

# Paths and slugs change when a page moves, not when its text does.
IGNORED_FIELDS = {"url_path", "slug"}


def translatable_fields(model):
    try:
        return sorted(set(translator.get_options_for_model(model).all_fields) - IGNORED_FIELDS)
    except NotRegistered:
        return []


def _without_ids(data):
    """StreamField data minus block ids, which change without the text changing."""
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def _comparable(page, field):
    value = field.value_from_object(page)
    if isinstance(field, StreamField):
        return _without_ids(field.stream_block.get_prep_value(value)) if value else []
    return field.value_to_string(page)


def language_digest(page, language):
    """A fingerprint of the page's text in one language, the same however it was loaded."""
    values = {
        name: _comparable(page, page._meta.get_field(f"{name}_{language}"))
        for name in translatable_fields(type(page))
    }
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def record_publish(page):
    """Stamp the languages whose content changed in this publish."""
    page = page.specific
    stamp, _created = TranslationStamp.objects.get_or_create(page_id=page.pk)
    now = timezone.now()
    changed = []
    for language in ("ar", "en"):
        digest = language_digest(page, language)
        if digest != getattr(stamp, f"{language}_digest"):
            setattr(stamp, f"{language}_digest", digest)
            setattr(stamp, f"{language}_changed_at", now)
            changed.append(language)
    if changed:
        stamp.save()
    return stamp


def pages_needing_translation():
    """Live pages with no English title, whose Arabic changed after their English, or with a
    field written in Arabic and left empty in English."""
    missing_english = Q(title_en="") | Q(title_en__isnull=True)
    outdated = Q(translation_stamp__ar_changed_at__gt=F("translation_stamp__en_changed_at"))
    incomplete = Q(pk__in=pages_with_fields_missing_english())
    return Page.objects.live().filter(depth__gt=1).filter(missing_english | outdated | incomplete)


def _blank(name, field):
    """A Q for "this column holds nothing": NULL, an empty string, or an empty stream."""
    if isinstance(field, StreamField):
        return Q(**{f"{name}__isnull": True}) | Q(**{name: []})
    return Q(**{f"{name}__isnull": True}) | Q(**{name: ""})


def _missing_english_q(model, name):
    arabic = model._meta.get_field(f"{name}_ar")
    english = model._meta.get_field(f"{name}_en")
    return ~_blank(f"{name}_ar", arabic) & _blank(f"{name}_en", english)


def untranslated_field_names(model):
    """The page's own translatable text fields (titles and slugs have their own checks)."""
    return [name for name in translatable_fields(model) if name not in {"title", "seo_title"}]


def pages_with_fields_missing_english():
    """Ids of live, translated pages with a field written in Arabic but left empty in English."""
    ids = []
    for model in get_page_models():
        names = untranslated_field_names(model)
        if not names or model._meta.abstract:
            continue
        missing = Q()
        for name in names:
            missing |= _missing_english_q(model, name)
        ids += (
            model.objects.live()
            .exclude(title_en="")
            .exclude(title_en__isnull=True)
            .filter(missing)
            .values_list("pk", flat=True)
        )
    return ids


def fields_missing_english(page):
    """Labels of the fields of one page that have Arabic text and no English (admin language)."""
    page = page.specific
    missing = []
    for name in untranslated_field_names(type(page)):
        arabic = page._meta.get_field(f"{name}_ar").value_from_object(page)
        english = page._meta.get_field(f"{name}_en").value_from_object(page)
        if _has_text(arabic) and not _has_text(english):
            missing.append(capfirst(page._meta.get_field(name).verbose_name))
    return missing


def _has_text(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamValue
        return len(value) > 0
    return bool(str(value).strip())
