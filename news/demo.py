"""The newsroom's demo content: tags, articles and the press kit.

The copy comes from `home/demo/` (facts and samples), handed in as the dataclasses below,
together with the `DemoKit` that builds pages, images and documents: this app may not import
`home`. Every text is `{"ar": …, "en": …}`."""

import datetime
from dataclasses import dataclass

from bilingual.pages import build_object, per_language
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsTag, PressAsset, PressKitPage


@dataclass(frozen=True)
class ArticleCopy:
    slug: dict
    title: dict
    kind: str
    date: datetime.date
    lead: dict
    body: dict  # StreamField values per language
    image_key: str
    image_alt: dict
    tags: list  # tag slugs
    sample: bool = True


@dataclass(frozen=True)
class AssetCopy:
    """A press kit download: an image drawn for the demo, or the fact sheet document."""

    title: dict
    kind: str
    image_key: str = ""
    image_alt: dict | None = None
    logo_initials: str = ""


@dataclass(frozen=True)
class DocumentCopy:
    title: str
    filename: str
    text: str


@dataclass(frozen=True)
class PressKitCopy:
    slug: dict
    title: dict
    boilerplate_short: dict
    boilerplate_long: dict
    fact_sheet: list  # {"label": {…}, "value": {…}} rows
    contacts: list  # MediaContact fields
    assets: list[AssetCopy]
    fact_sheet_document: DocumentCopy


def build_newsroom(kit, home, index, tags, articles):
    index_page = kit.page(
        home,
        NewsIndexPage,
        slug=index.slug,
        title=index.title,
        intro=index.intro,
        show_in_menus=True,
    )
    tag_objects = {}
    for tag in tags:
        tag_objects[tag.slug] = NewsTag.objects.filter(slug=tag.slug).first()
        if tag_objects[tag.slug] is None:
            tag_objects[tag.slug] = build_object(NewsTag, slug=tag.slug, title=tag.title)
            tag_objects[tag.slug].save()
            kit.created += 1
    for article in articles:
        image = kit.image(article.image_key, article.image_alt)
        kit.page(
            index_page,
            NewsArticlePage,
            slug=article.slug,
            title=article.title,
            is_sample=article.sample,
            date=article.date,
            kind=article.kind,
            lead=article.lead,
            hero_image=image,
            body=article.body,
            tags=[tag_objects[slug] for slug in article.tags],
        )
    return index_page


def build_press_kit(kit, home, press_kit):
    existing = home.get_children().filter(slug=press_kit.slug["ar"]).first()
    if existing:
        return existing.specific
    assets = []
    for order, asset in enumerate(press_kit.assets):
        if asset.kind == PressAsset.Kind.DOCUMENT:
            document = press_kit.fact_sheet_document
            file = {"document": kit.document(document.title, document.filename, document.text)}
        else:
            kind = "logo" if asset.logo_initials else "photo"
            file = {
                "image": kit.image(asset.image_key, asset.image_alt, kind=kind, initials=asset.logo_initials)
            }
        assets.append(build_object(PressAsset, title=asset.title, kind=asset.kind, sort_order=order, **file))
    return kit.page(
        home,
        PressKitPage,
        slug=press_kit.slug,
        title=press_kit.title,
        boilerplate_short=press_kit.boilerplate_short,
        boilerplate_long=press_kit.boilerplate_long,
        fact_sheet=per_language(
            lambda code: [
                ("fact", {"label": row["label"][code], "value": row["value"][code]})
                for row in press_kit.fact_sheet
            ]
        ),
        show_in_menus=True,
        contacts=[build_object(MediaContact, **contact) for contact in press_kit.contacts],
        assets=assets,
    )
