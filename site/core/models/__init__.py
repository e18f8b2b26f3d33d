from .images import CustomImage, CustomRendition
from .pages import BasePage
from .search import SearchEntry, SearchKey, SearchMiss, SearchPick, SearchSynonyms
from .site_settings import SiteSettings, SocialLink
from .translation_status import TranslationStamp

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "SearchEntry",
    "SearchKey",
    "SearchMiss",
    "SearchPick",
    "SearchSynonyms",
    "SiteSettings",
    "SocialLink",
    "TranslationStamp",
]
