from .articles import ArticleKind, NewsArticlePage, NewsIndexPage, NewsTag
from .press_kit import MediaContact, PressAsset, PressKitPage

__all__ = [
    "ArticleKind",
    "MediaContact",
    "NewsArticlePage",
    "NewsIndexPage",
    "NewsTag",
    "PressAsset",
    "PressKitPage",
]
