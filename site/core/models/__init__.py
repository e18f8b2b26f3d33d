from .images import CustomImage, CustomRendition
from .index_pages import FilteredIndexPage
from .pages import BasePage
from .search import SearchEntry, SearchKey, SearchMiss, SearchPick, SearchSynonyms
from .site_settings import SiteSettings, SocialLink

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "FilteredIndexPage",
    "SearchEntry",
    "SearchKey",
    "SearchMiss",
    "SearchPick",
    "SearchSynonyms",
    "SiteSettings",
    "SocialLink",
]
