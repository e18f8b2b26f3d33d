"""Fields of the showcase that have one column per language (`*_ar`, `*_en`)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from showcase.models import (
    InnovationGalleryImage,
    InnovationLink,
    InnovationPage,
    InnovationTeamMember,
    PartnerIndexPage,
    PartnerPage,
    ShowcaseIndexPage,
    Theme,
)


@register(Theme)
class ThemeTR(TranslationOptions):
    fields = ("title",)


@register(PartnerIndexPage)
class PartnerIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PartnerPage)
class PartnerPageTR(TranslationOptions):
    fields = ("role", "summary", "description")


@register(ShowcaseIndexPage)
class ShowcaseIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(InnovationPage)
class InnovationPageTR(TranslationOptions):
    fields = ("summary", "challenge", "solution", "results")


@register(InnovationTeamMember)
class InnovationTeamMemberTR(TranslationOptions):
    fields = ("name", "role")


@register(InnovationGalleryImage)
class InnovationGalleryImageTR(TranslationOptions):
    fields = ("caption",)


@register(InnovationLink)
class InnovationLinkTR(TranslationOptions):
    fields = ("title",)
