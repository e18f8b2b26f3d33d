"""Fields of the home and story pages that have one column per language (`*_ar`, `*_en`)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HomePage, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "hero_lead", "glance_title", "at_a_glance")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")
