"""The showcase's demo content: themes, partners and innovations.

The copy comes from `home/demo/` (facts and samples), handed in as the dataclasses below,
together with the `DemoKit` that builds pages and images: this app may not import `home`.
Every text is `{"ar": …, "en": …}`."""

import datetime
from dataclasses import dataclass, field

from bilingual.pages import build_object
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


@dataclass(frozen=True)
class PartnerCopy:
    slug: dict
    title: dict
    kind: str
    role: dict
    summary: dict
    description: dict
    logo_initials: str
    logo_alt: dict
    sample: bool = False


@dataclass(frozen=True)
class GalleryCopy:
    alt: dict
    caption: dict


@dataclass(frozen=True)
class InnovationCopy:
    slug: dict
    title: dict
    stage: str
    themes: list  # theme slugs
    partners: list  # partners' English slugs
    summary: dict
    challenge: dict
    solution: dict
    results: dict  # StreamField values per language
    image_alt: dict
    team_member: dict  # name, role
    link: dict  # title, url
    gallery: list[GalleryCopy] = field(default_factory=list)


def build_themes(kit, themes):
    for order, theme in enumerate(themes):
        if not Theme.objects.filter(slug=theme.slug).exists():
            build_object(Theme, slug=theme.slug, title=theme.title, sort_order=order).save()
            kit.created += 1


def build_partners(kit, home, index, partners):
    index_page = kit.page(
        home,
        PartnerIndexPage,
        slug=index.slug,
        title=index.title,
        intro=index.intro,
        show_in_menus=True,
    )
    for partner in partners:
        logo = kit.image(
            f"logo-{partner.slug['en']}", partner.logo_alt, kind="logo", initials=partner.logo_initials
        )
        kit.page(
            index_page,
            PartnerPage,
            slug=partner.slug,
            title=partner.title,
            is_sample=partner.sample,
            kind=partner.kind,
            role=partner.role,
            summary=partner.summary,
            description=partner.description,
            logo=logo,
        )
    return index_page


def build_showcase(kit, home, index, innovations, *, first_published_on):
    """The showcase and its innovations, published a week apart from `first_published_on`."""
    index_page = kit.page(
        home,
        ShowcaseIndexPage,
        slug=index.slug,
        title=index.title,
        intro=index.intro,
        show_in_menus=True,
    )
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    partners = {page.slug_en: page for page in PartnerPage.objects.all()}
    for number, innovation in enumerate(innovations):
        image = kit.image(f"innovation-{innovation.slug['en']}", innovation.image_alt)
        gallery = [
            build_object(
                InnovationGalleryImage,
                image=kit.image(f"gallery-{innovation.slug['en']}-{n}", picture.alt),
                caption=picture.caption,
                sort_order=n,
            )
            for n, picture in enumerate(innovation.gallery, start=1)
        ]
        kit.page(
            index_page,
            InnovationPage,
            slug=innovation.slug,
            title=innovation.title,
            is_sample=True,
            summary=innovation.summary,
            challenge=innovation.challenge,
            solution=innovation.solution,
            results=innovation.results,
            stage=innovation.stage,
            image=image,
            published_on=first_published_on + datetime.timedelta(days=7 * number),
            themes=[themes[slug] for slug in innovation.themes],
            partners=[partners[slug] for slug in innovation.partners if slug in partners],
            team_members=[build_object(InnovationTeamMember, **innovation.team_member)],
            gallery_images=gallery,
            links=[build_object(InnovationLink, **innovation.link)],
        )
    return index_page
