"""One live page of every public type, each with every part filled in, in both languages,
built by the factories: for the tests that go over every page type (metadata, query budgets,
pictures, languages). Under `bare_home` these are the site's only pages besides the home page.

    pages = every_page_type(bare_home)
    pages[InnovationPage]  # an innovation with partners, a team, a gallery, links, a sibling
"""

import datetime

from bilingual.pages import build_object, per_language
from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage, PressKitPage
from showcase.models import (
    InnovationGalleryImage,
    InnovationLink,
    InnovationPage,
    InnovationTeamMember,
    PartnerIndexPage,
    PartnerPage,
    ShowcaseIndexPage,
)
from tests.factories import (
    ArticleFactory,
    ImageFactory,
    InnovationFactory,
    NewsIndexFactory,
    NewsTagFactory,
    PartnerFactory,
    PartnerIndexFactory,
    PressKitFactory,
    ShowcaseIndexFactory,
    StandardPageFactory,
    ThemeFactory,
    media_contact,
    press_asset,
)

# Large enough to fill a 1200×630 share image, so a page shares its own picture.
SHARE_SIZE = (1280, 720)


def both(arabic, english):
    return {"ar": arabic, "en": english}


def paragraph(arabic, english):
    return both([("paragraph", f"<p>{arabic}</p>")], [("paragraph", f"<p>{english}</p>")])


def story_body(image):
    """Every block a story may hold, in both languages."""
    texts = {
        "ar": ("عنوان القسم", "نص الفقرة", "اقتباس", "قائل", "دوره", "رقم", "مرحلة", "للمزيد", "اضغط"),
        "en": ("Section", "A paragraph", "A quote", "Speaker", "Role", "Figure", "Milestone", "More", "Go"),
    }

    def blocks(code):
        heading, text, quote, name, role, figure, milestone, more, button = texts[code]
        return [
            ("heading", {"text": heading, "level": "h2"}),
            ("paragraph", f"<p>{text}</p>"),
            ("quote", {"quote": quote, "attribution": name, "role": role}),
            ("image", {"image": image, "caption": text}),
            ("key_figures", {"title": figure, "figures": [{"value": "5", "label": figure}]}),
            (
                "timeline",
                {"title": milestone, "milestones": [{"date_label": "1", "title": milestone, "text": text}]},
            ),
            (
                "call_to_action",
                {"title": more, "text": text, "link_url": "https://example.org/", "link_text": button},
            ),
        ]

    return per_language(blocks)


def article_body(image):
    return per_language(
        lambda code: [
            ("paragraph", f"<p>{both('نص الخبر', 'The article text')[code]}</p>"),
            ("heading", {"text": both("عنوان", "Heading")[code], "level": "h2"}),
            (
                "quote",
                {"quote": both("اقتباس", "A quote")[code], "attribution": both("قائل", "Speaker")[code]},
            ),
            ("image", {"image": image, "caption": both("تعليق", "Caption")[code]}),
        ]
    )


def every_page_type(home, *, revision=True):
    """{model: page} for each type in `tests.helpers.page_types()`, the home page being `home`.

    Pages that show pictures get images large enough to share; index pages list children
    that have pictures; `revision` publishes each page the way the admin does.
    """
    published = {"revision": revision}

    def picture(key):
        return ImageFactory(key=key, size=SHARE_SIZE)

    story = StandardPageFactory(
        parent=home,
        intro=both("مقدمة الصفحة", "The page's introduction"),
        hero_image=picture("story"),
        body=story_body(ImageFactory(key="story-body")),
        show_in_menus=True,
        **published,
    )
    partners = PartnerIndexFactory(
        parent=home, intro=both("شركاء المخيم", "The camp's partners"), **published
    )
    partner = PartnerFactory(
        parent=partners,
        kind="company",
        role=both("شريك تقني", "Technology partner"),
        summary=both("شركة تدعم المخيم", "A company that supports the camp"),
        description=paragraph("وصف الشركة", "About the company"),
        website="https://example.org/partner",
        logo=ImageFactory(key="logo"),
        **published,
    )
    showcase = ShowcaseIndexFactory(
        parent=home, intro=both("ابتكارات المخيم", "The camp's innovations"), **published
    )
    theme = ThemeFactory()
    innovation = InnovationFactory(
        parent=showcase,
        summary=both("ابتكار يخدم الحجاج", "An innovation that serves pilgrims"),
        challenge=paragraph("التحدي", "The challenge"),
        solution=paragraph("الحل", "The solution"),
        results=both(
            [("figure", {"value": "40%", "label": "أقل انتظارا"})],
            [("figure", {"value": "40%", "label": "less waiting"})],
        ),
        stage="pilot",
        image=picture("innovation"),
        themes=[theme],
        partners=[partner],
        published_on=datetime.date(2024, 5, 1),
        team_members=[
            build_object(InnovationTeamMember, name=both("سارة", "Sara"), role=both("قائدة", "Lead"))
        ],
        gallery_images=[
            build_object(
                InnovationGalleryImage, image=ImageFactory(key="gallery"), caption=both("الخيمة", "The tent")
            )
        ],
        links=[build_object(InnovationLink, title=both("الموقع", "Website"), url="https://example.org/x")],
        **published,
    )
    # A sibling sharing the theme: the innovation's related innovations.
    InnovationFactory(
        parent=showcase, themes=[theme], partners=[partner], image=ImageFactory(key="sibling"), **published
    )
    tag = NewsTagFactory()
    newsroom = NewsIndexFactory(parent=home, intro=both("أخبار المخيم", "The camp's news"), **published)
    release = ArticleFactory(
        parent=newsroom,
        kind="press-release",
        date=datetime.date(2024, 5, 1),
        lead=both("مقدمة البيان", "The release's lead"),
        hero_image=ImageFactory(key="release"),
        tags=[tag],
        **published,
    )
    article = ArticleFactory(
        parent=newsroom,
        kind="news",
        date=datetime.date(2024, 5, 8),
        lead=both("مقدمة الخبر", "The article's lead"),
        hero_image=picture("article"),
        body=article_body(ImageFactory(key="article-body")),
        tags=[tag],
        related_articles=[release],
        **published,
    )
    press_kit = PressKitFactory(
        parent=home,
        fact_sheet=both(
            [("fact", {"label": "المكان", "value": "منى"})], [("fact", {"label": "Place", "value": "Mina"})]
        ),
        contacts=[media_contact()],
        assets=[
            press_asset("logo"),
            press_asset("photo", sort_order=1),
            press_asset("document", sort_order=2),
        ],
        show_in_menus=True,
        **published,
    )
    return {
        HomePage: home,
        StandardPage: story,
        PartnerIndexPage: partners,
        PartnerPage: partner,
        ShowcaseIndexPage: showcase,
        InnovationPage: innovation,
        NewsIndexPage: newsroom,
        NewsArticlePage: article,
        PressKitPage: press_kit,
    }
