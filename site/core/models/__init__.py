from .images import CustomImage, CustomRendition
from .pages import BasePage
from .site_settings import SiteSettings, SocialLink

__all__ = ["BasePage", "CustomImage", "CustomRendition", "SiteSettings", "SocialLink"]
from .translation_status import TranslationStamp  # noqa: E402

__all__ += ["TranslationStamp"]
