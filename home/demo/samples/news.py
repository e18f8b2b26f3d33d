"""Sample tags and news items for the newsroom."""

import datetime

from bilingual.copy import LabelCopy
from home.demo.samples import with_title
from news.demo import ArticleCopy

ARTICLE_TEXTS = {
    "image_alt": {"ar": "صورة توضيحية: {title}", "en": "Illustration: {title}"},
    "lead": {
        "ar": "نص تجريبي يوضح شكل الخبر: {title}.",
        "en": "Sample text showing what a news item looks like: {title}.",
    },
}
ARTICLE_BODY = {
    "ar": [("paragraph", "<p>هذا خبر تجريبي. استبدله بخبر حقيقي قبل الإطلاق.</p>")],
    "en": [("paragraph", "<p>This is sample news. Replace it with real news before launch.</p>")],
}


def sample_article(*, slug, title, kind, date, tags):
    texts = {name: with_title(text, title) for name, text in ARTICLE_TEXTS.items()}
    return ArticleCopy(
        slug=slug,
        title=title,
        kind=kind,
        date=datetime.date.fromisoformat(date),
        body=ARTICLE_BODY,
        image_key=f"news-{slug['en']}",
        tags=tags,
        **texts,
    )


SAMPLE_NEWS_TAGS = [
    LabelCopy("partnership", {"ar": "الشراكات", "en": "Partnerships"}),
    LabelCopy("innovation", {"ar": "الابتكار", "en": "Innovation"}),
    LabelCopy("mina", {"ar": "منى", "en": "Mina"}),
    LabelCopy("events", {"ar": "الفعاليات", "en": "Events"}),
]

SAMPLE_NEWS = [
    sample_article(
        slug={"ar": "فتح-باب-المشاركة", "en": "call-for-participants"},
        title={
            "ar": "فتح باب المشاركة في المخيم (خبر تجريبي)",
            "en": "Call for participants opens (sample news)",
        },
        kind="announcement",
        date="2022-04-10",
        tags=["innovation"],
    ),
    sample_article(
        slug={"ar": "ورشة-تصميم-تجربة-الحاج", "en": "pilgrim-experience-design-workshop"},
        title={
            "ar": "ورشة تصميم تجربة الحاج (خبر تجريبي)",
            "en": "Pilgrim experience design workshop (sample news)",
        },
        kind="news",
        date="2022-04-24",
        tags=["events", "innovation"],
    ),
    sample_article(
        slug={"ar": "تجهيز-موقع-المخيم", "en": "camp-site-preparation"},
        title={
            "ar": "بدء تجهيز موقع المخيم في منى (خبر تجريبي)",
            "en": "Camp site preparation begins in Mina (sample news)",
        },
        kind="news",
        date="2022-05-08",
        tags=["mina"],
    ),
    sample_article(
        slug={"ar": "انضمام-شركاء-جدد", "en": "new-partners-join"},
        title={
            "ar": "انضمام شركاء جدد إلى المخيم (بيان تجريبي)",
            "en": "New partners join the camp (sample press release)",
        },
        kind="press-release",
        date="2022-05-22",
        tags=["partnership"],
    ),
    sample_article(
        slug={"ar": "عرض-النماذج-الأولية", "en": "prototype-showcase-day"},
        title={"ar": "يوم عرض النماذج الأولية (خبر تجريبي)", "en": "Prototype showcase day (sample news)"},
        kind="news",
        date="2022-06-05",
        tags=["events", "innovation"],
    ),
    sample_article(
        slug={"ar": "نتائج-التجارب-الميدانية", "en": "field-pilot-results"},
        title={
            "ar": "نتائج التجارب الميدانية (بيان تجريبي)",
            "en": "Field pilot results (sample press release)",
        },
        kind="press-release",
        date="2022-07-20",
        tags=["innovation", "mina"],
    ),
    sample_article(
        slug={"ar": "ختام-أعمال-المخيم", "en": "camp-closing"},
        title={
            "ar": "ختام أعمال المخيم (إعلان تجريبي)",
            "en": "The camp closes its season (sample announcement)",
        },
        kind="announcement",
        date="2022-08-15",
        tags=["mina", "events"],
    ),
]
