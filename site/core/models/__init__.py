from .images import CustomImage, CustomRendition
from .pages import BasePage
from .search import SearchEntry
from .site_settings import SiteSettings, SocialLink
from .translation_status import TranslationStamp

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "SearchEntry",
    "SiteSettings",
    "SocialLink",
    "TranslationStamp",
]
