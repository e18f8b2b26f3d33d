"""The camp story's copy for the demo, from the seed's facts (`facts.py`)."""

from bilingual.pages import in_language, per_language
from home.demo import facts
from home.demo.copy import MANAFE_STORY, paragraphs, quote

SLUG = {"ar": "قصة-المخيم", "en": "camp-story"}
TITLE = {"ar": "قصة المخيم", "en": "The camp story"}
INTRO = facts.AIM
HERO_ALT = {
    "ar": "ممرات بين خيام المخيم في منى (صورة تجريبية)",
    "en": "Paths between camp tents in Mina (sample image)",
}

KEY_FIGURES = {
    "title": {"ar": "المخيم في أرقام", "en": "The camp in figures"},
    "figures": [
        {"value": "5", "label": {"ar": "أشهر في مشعر منى", "en": "months in Mina"}},
        {
            "value": "21–23",
            "label": {
                "ar": "مارس: مؤتمر ومعرض خدمات الحج والعمرة في جدة",
                "en": "March: Hajj and Umrah Services Conference and Exhibition, Jeddah",
            },
        },
        {
            "value": "+5",
            "label": {"ar": "سنوات من خبرة منافع في الابتكار", "en": "years of Manafe's work in innovation"},
        },
    ],
}
MILESTONES = {
    "title": {"ar": "المراحل", "en": "Milestones"},
    "milestones": [
        {
            "date_label": {"ar": "21–23 مارس", "en": "21–23 March"},
            "title": {"ar": "توقيع اتفاقية الشراكة في جدة", "en": "Partnership agreement signed in Jeddah"},
            "text": {
                "ar": "في مؤتمر ومعرض خدمات الحج والعمرة «التحول نحو الابتكار».",
                "en": "At the Hajj and Umrah Services Conference and Exhibition, “The Shift Towards Innovation”.",
            },
        },
        {
            "date_label": {"ar": "خمسة أشهر", "en": "Five months"},
            "title": {"ar": "مخيم خاص في مشعر منى", "en": "A dedicated camp in Mina"},
            "text": {"ar": "تنفذه منافع للاستشارات.", "en": "Implemented by Manafe Consulting."},
        },
    ],
}
HEADINGS = {
    "project": {"ar": "المشروع", "en": "The project"},
    "journey": {"ar": "من الفكرة إلى الذكرى", "en": "From the idea to the memory"},
}
IMAGE_CAPTION = {"ar": "المخيم في مشعر منى (صورة تجريبية)", "en": "The camp in Mina (sample image)"}
CALL_TO_ACTION = {
    "title": {"ar": "للإعلاميين", "en": "For journalists"},
    "text": {
        "ar": "النبذة التعريفية وصحيفة الحقائق والشعارات والصور في مكان واحد.",
        "en": "The boilerplate, fact sheet, logos and photos in one place.",
    },
    "link_text": {"ar": "الحقيبة الإعلامية", "en": "Press kit"},
}


def body(hero, press_kit):
    """The story's blocks per language; the picture and the press kit link are pages' objects."""
    return per_language(
        lambda code: [
            ("paragraph", f"<p>{facts.SIGNING[code]}</p>"),
            ("heading", {"text": HEADINGS["project"][code], "level": "h2"}),
            ("paragraph", paragraphs(facts.IMPLEMENTATION, facts.AIM)[code]),
            ("key_figures", in_language(KEY_FIGURES, code)),
            ("quote", quote(facts.INCUBATION_QUOTE)[code]),
            ("paragraph", f"<p>{facts.VISION[code]}</p>"),
            ("image", {"image": hero, "caption": IMAGE_CAPTION[code]}),
            ("heading", {"text": HEADINGS["journey"][code], "level": "h2"}),
            ("paragraph", paragraphs(*MANAFE_STORY)[code]),
            ("timeline", in_language(MILESTONES, code)),
            ("call_to_action", in_language(CALL_TO_ACTION, code) | {"link_page": press_kit}),
        ]
    )
