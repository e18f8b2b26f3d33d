from .images import CustomImage, CustomRendition
from .index_pages import FilteredIndexPage
from .pages import BasePage
from .site_settings import SiteSettings, SocialLink

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "FilteredIndexPage",
    "SiteSettings",
    "SocialLink",
]
