from .innovations import (
    InnovationGalleryImage,
    InnovationLink,
    InnovationPage,
    InnovationTeamMember,
    ShowcaseIndexPage,
    Stage,
)
from .partners import PartnerIndexPage, PartnerKind, PartnerPage
from .themes import Theme

__all__ = [
    "InnovationGalleryImage",
    "InnovationLink",
    "InnovationPage",
    "InnovationTeamMember",
    "PartnerIndexPage",
    "PartnerKind",
    "PartnerPage",
    "ShowcaseIndexPage",
    "Stage",
    "Theme",
]
