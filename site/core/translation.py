"""Fields of the shared models that have one column per language (`*_ar`, `*_en`)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from core.models import CustomImage, SiteSettings, SocialLink


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description", "credit")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("organisation_name", "tagline", "contact_address", "footer_text")


@register(SocialLink)
class SocialLinkTR(TranslationOptions):
    fields = ("label",)
