"""The press kit's copy for the demo, from the seed's facts (`facts.py`); its media contact
and pictures are samples."""

from bilingual.pages import per_language
from home.demo import facts
from home.demo.samples import MEDIA_CONTACT
from news.demo import AssetCopy, DocumentCopy, PressKitCopy

SEED_STATEMENTS = [facts.SIGNING, facts.IMPLEMENTATION, facts.AIM, facts.VISION]

FACT_ROWS = [
    (
        {"ar": "المبادرة", "en": "The initiative"},
        {"ar": "مخيم الحج الابتكاري", "en": "The Innovative Hajj Camp"},
    ),
    ({"ar": "الإطلاق", "en": "Launch"}, facts.SIGNING),
    (
        {"ar": "الحاضنة", "en": "Incubation"},
        {
            "ar": "وزارة الحج والعمرة بالشراكة مع الهيئة العامة للأوقاف",
            "en": "The Ministry of Hajj and Umrah, in partnership with the General Authority for Awqaf",
        },
    ),
    ({"ar": "التنفيذ", "en": "Implementation"}, {"ar": "منافع للاستشارات", "en": "Manafe Consulting"}),
    (
        {"ar": "المكان والمدة", "en": "Place and duration"},
        {"ar": "مخيم خاص في مشعر منى لمدة 5 أشهر", "en": "A dedicated camp in Mina for five months"},
    ),
    ({"ar": "الهدف", "en": "Aim"}, facts.AIM),
    ({"ar": "رؤية 2030", "en": "Vision 2030"}, facts.VISION),
]

PRESS_KIT = PressKitCopy(
    slug={"ar": "الحقيبة-الإعلامية", "en": "press-kit"},
    title={"ar": "الحقيبة الإعلامية", "en": "Press kit"},
    boilerplate_short={
        "ar": "مخيم الحج الابتكاري مبادرة بحاضنة رسمية من وزارة الحج والعمرة بالشراكة مع الهيئة العامة "
        "للأوقاف، تنفذها منافع للاستشارات في مخيم خاص بمشعر منى لمدة خمسة أشهر، لبناء مجتمع عالمي "
        "من المبدعين والمبتكرين يحول تحديات خدمات الحج والعمرة إلى فرص.",
        "en": "The Innovative Hajj Camp is an initiative officially incubated by the Ministry of Hajj "
        "and Umrah in partnership with the General Authority for Awqaf and implemented by Manafe "
        "Consulting in a dedicated camp in Mina for five months, to build a global community of "
        "creators and innovators that turns challenges in Hajj and Umrah services into opportunities.",
    },
    boilerplate_long=per_language(
        lambda code: "\n\n".join(text[code] for text in [*SEED_STATEMENTS, facts.MANAFE["about"]])
    ),
    fact_sheet=[{"label": label, "value": value} for label, value in FACT_ROWS],
    contacts=[MEDIA_CONTACT],
    assets=[
        AssetCopy(
            title={"ar": "شعار المخيم", "en": "Camp logo"},
            kind="logo",
            image_key="camp-logo",
            image_alt={
                "ar": "شعار مخيم الحج الابتكاري (شعار تجريبي)",
                "en": "Innovative Hajj Camp logo (sample logo)",
            },
            logo_initials="IHC",
        ),
        AssetCopy(
            title={"ar": "خيام المخيم", "en": "Camp tents"},
            kind="photo",
            image_key="press-photo-camp",
            image_alt={"ar": "خيام المخيم في منى (صورة تجريبية)", "en": "Camp tents in Mina (sample image)"},
        ),
        AssetCopy(
            title={"ar": "كثبان وخيام", "en": "Dunes and tents"},
            kind="photo",
            image_key="press-photo-dunes",
            image_alt={
                "ar": "كثبان وخيام عند الغروب (صورة تجريبية)",
                "en": "Dunes and tents at sunset (sample image)",
            },
        ),
        AssetCopy(title={"ar": "صحيفة الحقائق", "en": "Fact sheet"}, kind="document"),
    ],
    fact_sheet_document=DocumentCopy(
        title="Demo: fact sheet",
        filename="fact-sheet.txt",
        text="\n\n".join("\n".join(text[code] for text in SEED_STATEMENTS) for code in ("ar", "en")),
    ),
)
