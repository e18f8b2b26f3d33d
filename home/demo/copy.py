"""The site's own copy for the demo, composed from the seed's facts (`facts.py`): the
section pages, the official partners, the announcement, the press kit and the camp story.
Each text is `{"ar": …, "en": …}`; copy built the same way in both languages uses
`per_language`."""

import datetime

from bilingual.copy import IndexCopy
from bilingual.pages import per_language
from home.demo import facts
from news.demo import ArticleCopy
from showcase.demo import PartnerCopy


def paragraphs(*texts):
    """Facts as HTML paragraphs, per language."""
    return per_language(lambda code: "".join(f"<p>{text[code]}</p>" for text in texts))


MANAFE_STORY = [facts.MANAFE[key] for key in ("about", "journey", "maqasid", "lab")]

HOME_HERO_ALT = {
    "ar": "خيام بيضاء على كثبان رملية عند الغروب (صورة تجريبية)",
    "en": "White tents on sand dunes at sunset (sample image)",
}
CONTACT_ADDRESS = {
    "ar": "مشعر منى، مكة المكرمة، المملكة العربية السعودية",
    "en": "Mina, Makkah, Saudi Arabia",
}

PARTNERS_INDEX = IndexCopy(
    slug={"ar": "الشركاء", "en": "partners"},
    title={"ar": "الشركاء", "en": "Partners"},
    intro={
        "ar": "الجهات التي تقف خلف مخيم الحج الابتكاري، من القطاع العام والقطاع غير الربحي والشركات والأفراد.",
        "en": "The organisations behind the Innovative Hajj Camp, from the public and non-profit "
        "sectors, companies and individuals.",
    },
)

SERVICES_HEADING = {"ar": "الخدمات", "en": "Services"}
OFFICIAL_PARTNERS = [
    PartnerCopy(
        slug={"ar": "وزارة-الحج-والعمرة", "en": "ministry-of-hajj-and-umrah"},
        title={"ar": "وزارة الحج والعمرة", "en": "Ministry of Hajj and Umrah"},
        kind="government",
        role={"ar": "الحاضنة الرسمية للمبادرة", "en": "Official incubator of the initiative"},
        summary={
            "ar": "وقعت اتفاقية الشراكة مع الهيئة العامة للأوقاف لإطلاق مخيم الحج الابتكاري، وتحتضن المبادرة رسمياً.",
            "en": "Signed the partnership agreement with the General Authority for Awqaf to launch "
            "the Innovative Hajj Camp, and officially incubates the initiative.",
        },
        description=paragraphs(facts.SIGNING, facts.VISION),
        logo_initials="MoHU",
        logo_alt={
            "ar": "شعار وزارة الحج والعمرة (شعار تجريبي)",
            "en": "Ministry of Hajj and Umrah logo (sample logo)",
        },
    ),
    PartnerCopy(
        slug={"ar": "الهيئة-العامة-للأوقاف", "en": "general-authority-for-awqaf"},
        title={"ar": "الهيئة العامة للأوقاف", "en": "General Authority for Awqaf"},
        kind="nonprofit",
        role={"ar": "شريك الحاضنة في إطلاق المخيم", "en": "Incubation partner in launching the camp"},
        summary={
            "ar": "شريك وزارة الحج والعمرة في اتفاقية إطلاق مخيم الحج الابتكاري وفي احتضانه.",
            "en": "The Ministry of Hajj and Umrah's partner in the agreement to launch the "
            "Innovative Hajj Camp and in incubating it.",
        },
        description=paragraphs(facts.SIGNING),
        logo_initials="GAA",
        logo_alt={
            "ar": "شعار الهيئة العامة للأوقاف (شعار تجريبي)",
            "en": "General Authority for Awqaf logo (sample logo)",
        },
    ),
    PartnerCopy(
        slug={"ar": "منافع-للاستشارات", "en": "manafe-consulting"},
        title={"ar": "منافع للاستشارات", "en": "Manafe Consulting"},
        kind="company",
        role={"ar": "الجهة المنفذة للمشروع", "en": "Implementing partner"},
        summary=facts.MANAFE["about"],
        description=per_language(
            lambda code: (
                paragraphs(*MANAFE_STORY)[code]
                + f"<h3>{SERVICES_HEADING[code]}</h3><p>{facts.MANAFE['services'][code]}</p>"
            )
        ),
        logo_initials="M",
        logo_alt={"ar": "شعار منافع للاستشارات (شعار تجريبي)", "en": "Manafe Consulting logo (sample logo)"},
    ),
]

SHOWCASE_INDEX = IndexCopy(
    slug={"ar": "الابتكارات", "en": "innovations"},
    title={"ar": "معرض الابتكارات", "en": "Innovation showcase"},
    intro={
        "ar": "نماذج تجريبية توضح كيف تُعرض الابتكارات التي تحول تحديات خدمات الحج والعمرة إلى خدمات ومنتجات ومشاريع ريادية.",
        "en": "Sample entries showing how the innovations that turn challenges in Hajj and Umrah "
        "services into services, products and ventures will be presented.",
    },
)
# The sample innovations are published a week apart from this day.
INNOVATIONS_FROM = datetime.date(2022, 4, 1)

NEWS_INDEX = IndexCopy(
    slug={"ar": "الأخبار", "en": "news"},
    title={"ar": "المركز الإعلامي", "en": "Newsroom"},
    intro={
        "ar": "أخبار مخيم الحج الابتكاري وبياناته الصحفية وإعلاناته.",
        "en": "News, press releases and announcements from the Innovative Hajj Camp.",
    },
)


def quote(text):
    """The incubation quote, attributed to the spokesperson, per language."""
    return per_language(
        lambda code: {
            "quote": text[code],
            "attribution": facts.SPOKESPERSON["name"][code],
            "role": facts.SPOKESPERSON["role"][code],
        }
    )


ANNOUNCEMENT = ArticleCopy(
    slug={"ar": "توقيع-اتفاقية-مخيم-الحج-الابتكاري", "en": "innovative-hajj-camp-agreement-signed"},
    title=facts.ANNOUNCEMENT["title"],
    # The seed says the agreement was signed on a Monday during 21–23 March; 21 March 2022
    # was that Monday. Editors should confirm the year.
    date=datetime.date(2022, 3, 21),
    kind="press-release",
    lead=facts.ANNOUNCEMENT["lead"],
    body=per_language(
        lambda code: [
            ("paragraph", f"<p>{facts.IMPLEMENTATION[code]}</p>"),
            ("paragraph", f"<p>{facts.AIM[code]}</p>"),
            ("quote", quote(facts.INCUBATION_QUOTE)[code]),
            ("paragraph", f"<p>{facts.VISION[code]}</p>"),
            (
                "heading",
                {"text": {"ar": "عن منافع للاستشارات", "en": "About Manafe Consulting"}[code], "level": "h2"},
            ),
            ("paragraph", paragraphs(*MANAFE_STORY[:3])[code]),
            ("paragraph", paragraphs(facts.MANAFE["services"], facts.MANAFE["lab"])[code]),
        ]
    ),
    image_key="news-signing",
    image_alt={
        "ar": "قاعة مؤتمر بإضاءة هادئة (صورة تجريبية)",
        "en": "A conference hall in soft light (sample image)",
    },
    tags=["partnership", "innovation"],
    sample=False,
)
