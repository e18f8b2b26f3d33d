"""Labels for the per-language copies of a translated field.

django-modeltranslation calls `MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME` inside a lazy
string, so the label is built when it is shown, in the admin's own language: an English admin
reads "Title (Arabic)", an Arabic one "العنوان (بالعربية)", instead of the library's "Title [ar]".
This module must stay importable from the settings: nothing here touches the app registry.
"""

from django.utils.translation import gettext

LABELS = {
    # Translators: a form field's label followed by the language the editor writes it in.
    "ar": lambda field: gettext("%(field)s (Arabic)") % {"field": field},
    # Translators: a form field's label followed by the language the editor writes it in.
    "en": lambda field: gettext("%(field)s (English)") % {"field": field},
}


def localized_verbose_name(verbose_name, language):
    label = LABELS.get(language)
    return label(verbose_name) if label else f"{verbose_name} [{language}]"
