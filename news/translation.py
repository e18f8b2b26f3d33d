"""Fields of the newsroom that have one column per language (`*_ar`, `*_en`)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsTag, PressAsset, PressKitPage


@register(NewsTag)
class NewsTagTR(TranslationOptions):
    fields = ("title",)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsArticlePage)
class NewsArticlePageTR(TranslationOptions):
    fields = ("lead", "body")


@register(PressKitPage)
class PressKitPageTR(TranslationOptions):
    fields = ("boilerplate_short", "boilerplate_long", "fact_sheet")


@register(MediaContact)
class MediaContactTR(TranslationOptions):
    fields = ("name", "role")


@register(PressAsset)
class PressAssetTR(TranslationOptions):
    fields = ("title",)
