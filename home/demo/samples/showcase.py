"""Sample themes, partners and innovations for the showcase."""

from bilingual.copy import LabelCopy
from home.demo.samples import with_title
from showcase.demo import GalleryCopy, InnovationCopy, PartnerCopy

PARTNER_LOGO_ALT = {"ar": "شعار {title}", "en": "{title} logo"}


def sample_partner(*, slug, title, kind, role, summary):
    return PartnerCopy(
        slug=slug,
        title=title,
        kind=kind,
        role=role,
        summary=summary,
        description={code: f"<p>{text}</p>" for code, text in summary.items()},
        logo_initials="S",
        logo_alt=with_title(PARTNER_LOGO_ALT, title),
        sample=True,
    )


INNOVATION_TEXTS = {
    "image_alt": {
        "ar": "صورة توضيحية لابتكار {title} (صورة تجريبية)",
        "en": "Illustration for {title} (sample image)",
    },
    "summary": {
        "ar": "ابتكار تجريبي بعنوان «{title}» يوضح شكل بطاقة الابتكار وصفحته.",
        "en": "A sample innovation, “{title}”, showing what an innovation card and page look like.",
    },
    "challenge": {
        "ar": "<p>التحدي الذي يعالجه «{title}» في خدمات الحج والعمرة (نص تجريبي).</p>",
        "en": "<p>The Hajj and Umrah challenge “{title}” addresses (sample text).</p>",
    },
    "solution": {
        "ar": "<p>الحل الذي يقترحه «{title}» (نص تجريبي).</p>",
        "en": "<p>The solution “{title}” proposes (sample text).</p>",
    },
}
INNOVATION_RESULTS = {
    "ar": [("figure", {"value": "—", "label": "نتيجة تجريبية"})],
    "en": [("figure", {"value": "—", "label": "Sample result"})],
}
TEAM_MEMBER = {
    "name": {"ar": "عضو فريق تجريبي", "en": "Sample team member"},
    "role": {"ar": "قائد الفريق", "en": "Team lead"},
}
INNOVATION_LINK = {
    "title": {"ar": "رابط تجريبي", "en": "Sample link"},
    "url": "https://example.org/sample-innovation",
}
GALLERY = [
    GalleryCopy(
        alt={
            "ar": f"صورة من معرض الابتكار رقم {n} (صورة تجريبية)",
            "en": f"Gallery image {n} (sample image)",
        },
        caption={"ar": f"صورة تجريبية {n}", "en": f"Sample image {n}"},
    )
    for n in (1, 2)
]


def sample_innovation(*, slug, title, stage, themes, partners, with_gallery=False):
    texts = {name: with_title(text, title) for name, text in INNOVATION_TEXTS.items()}
    return InnovationCopy(
        slug=slug,
        title=title,
        stage=stage,
        themes=themes,
        partners=partners,
        results=INNOVATION_RESULTS,
        team_member=TEAM_MEMBER,
        link=INNOVATION_LINK,
        gallery=GALLERY if with_gallery else [],
        **texts,
    )


THEMES = [
    LabelCopy("crowd-management", {"ar": "إدارة الحشود", "en": "Crowd management"}),
    LabelCopy("mobility", {"ar": "التنقل", "en": "Mobility"}),
    LabelCopy("health", {"ar": "الصحة", "en": "Health"}),
    LabelCopy("accommodation", {"ar": "السكن", "en": "Accommodation"}),
    LabelCopy("food", {"ar": "الإعاشة", "en": "Food"}),
    LabelCopy("rites-guidance", {"ar": "الإرشاد في المناسك", "en": "Guidance for rites"}),
    LabelCopy("accessibility", {"ar": "إمكانية الوصول", "en": "Accessibility"}),
    LabelCopy("sustainability", {"ar": "الاستدامة", "en": "Sustainability"}),
    LabelCopy("digital-services", {"ar": "الخدمات الرقمية", "en": "Digital services"}),
]

SAMPLE_PARTNERS = [
    sample_partner(
        slug={"ar": "جامعة-تجريبية", "en": "sample-university"},
        title={"ar": "جامعة تجريبية (محتوى تجريبي)", "en": "Sample University (sample content)"},
        kind="academic",
        role={"ar": "شريك بحثي", "en": "Research partner"},
        summary={
            "ar": "شريك أكاديمي تجريبي يوضح شكل صفحة الشريك. استبدله قبل الإطلاق.",
            "en": "A sample academic partner that shows what a partner page looks like. Replace it before launch.",
        },
    ),
    sample_partner(
        slug={"ar": "شركة-تقنية-تجريبية", "en": "sample-tech-company"},
        title={"ar": "شركة تقنية تجريبية (محتوى تجريبي)", "en": "Sample Tech Company (sample content)"},
        kind="company",
        role={"ar": "شريك تقني", "en": "Technology partner"},
        summary={
            "ar": "شركة تجريبية توضح شكل صفحة الشريك. استبدلها قبل الإطلاق.",
            "en": "A sample company that shows what a partner page looks like. Replace it before launch.",
        },
    ),
    sample_partner(
        slug={"ar": "مبتكر-تجريبي", "en": "sample-innovator"},
        title={"ar": "مبتكر فرد تجريبي (محتوى تجريبي)", "en": "Sample individual innovator (sample content)"},
        kind="individual",
        role={"ar": "مبتكر مشارك", "en": "Participating innovator"},
        summary={
            "ar": "مبتكر تجريبي يوضح شكل صفحة الشريك. استبدله قبل الإطلاق.",
            "en": "A sample innovator who shows what a partner page looks like. Replace before launch.",
        },
    ),
]

SAMPLE_INNOVATIONS = [
    sample_innovation(
        slug={"ar": "خريطة-الحشود-الحية", "en": "live-crowd-map"},
        title={"ar": "خريطة الحشود الحية", "en": "Live crowd map"},
        stage="pilot",
        themes=["crowd-management", "digital-services"],
        partners=["sample-tech-company", "manafe-consulting"],
        with_gallery=True,
    ),
    sample_innovation(
        slug={"ar": "مسارات-المشاة-الذكية", "en": "smart-walking-routes"},
        title={"ar": "مسارات المشاة الذكية", "en": "Smart walking routes"},
        stage="prototype",
        themes=["mobility", "crowd-management"],
        partners=["sample-university"],
    ),
    sample_innovation(
        slug={"ar": "عيادة-الخيمة-المتنقلة", "en": "mobile-tent-clinic"},
        title={"ar": "عيادة الخيمة المتنقلة", "en": "Mobile tent clinic"},
        stage="in-service",
        themes=["health", "accessibility"],
        partners=["sample-innovator"],
    ),
    sample_innovation(
        slug={"ar": "تبريد-الخيام-بالطاقة-الشمسية", "en": "solar-tent-cooling"},
        title={"ar": "تبريد الخيام بالطاقة الشمسية", "en": "Solar tent cooling"},
        stage="pilot",
        themes=["accommodation", "sustainability"],
        partners=["sample-tech-company"],
    ),
    sample_innovation(
        slug={"ar": "وجبات-بلا-هدر", "en": "zero-waste-meals"},
        title={"ar": "وجبات بلا هدر", "en": "Zero-waste meals"},
        stage="idea",
        themes=["food", "sustainability"],
        partners=["manafe-consulting"],
    ),
    sample_innovation(
        slug={"ar": "دليل-المناسك-الصوتي", "en": "audio-rites-guide"},
        title={"ar": "دليل المناسك الصوتي", "en": "Audio guide to the rites"},
        stage="in-service",
        themes=["rites-guidance", "accessibility", "digital-services"],
        partners=["sample-university"],
    ),
    sample_innovation(
        slug={"ar": "عربات-التنقل-الميسر", "en": "assisted-mobility-carts"},
        title={"ar": "عربات التنقل الميسر", "en": "Assisted mobility carts"},
        stage="prototype",
        themes=["mobility", "accessibility"],
        partners=["sample-innovator"],
    ),
    sample_innovation(
        slug={"ar": "تنبيهات-الإجهاد-الحراري", "en": "heat-stress-alerts"},
        title={"ar": "تنبيهات الإجهاد الحراري", "en": "Heat-stress alerts"},
        stage="pilot",
        themes=["health", "digital-services"],
        partners=["sample-tech-company", "sample-university"],
    ),
    sample_innovation(
        slug={"ar": "محطات-مياه-ذكية", "en": "smart-water-stations"},
        title={"ar": "محطات مياه ذكية", "en": "Smart water stations"},
        stage="idea",
        themes=["sustainability", "health"],
        partners=[],
    ),
    sample_innovation(
        slug={"ar": "ترجمة-فورية-للحجاج", "en": "instant-pilgrim-translation"},
        title={"ar": "ترجمة فورية للحجاج", "en": "Instant translation for pilgrims"},
        stage="prototype",
        themes=["digital-services", "rites-guidance"],
        partners=["sample-innovator"],
    ),
    sample_innovation(
        slug={"ar": "تسكين-مرن-في-المخيمات", "en": "flexible-camp-housing"},
        title={"ar": "تسكين مرن في المخيمات", "en": "Flexible camp housing"},
        stage="idea",
        themes=["accommodation", "crowd-management"],
        partners=["manafe-consulting"],
    ),
    sample_innovation(
        slug={"ar": "مطبخ-مركزي-موفر-للطاقة", "en": "energy-saving-central-kitchen"},
        title={"ar": "مطبخ مركزي موفر للطاقة", "en": "Energy-saving central kitchen"},
        stage="in-service",
        themes=["food", "sustainability"],
        partners=["sample-tech-company"],
    ),
    sample_innovation(
        slug={"ar": "إرشاد-التائهين", "en": "lost-pilgrim-guidance"},
        title={"ar": "إرشاد التائهين", "en": "Guidance for lost pilgrims"},
        stage="pilot",
        themes=["crowd-management", "rites-guidance"],
        partners=["sample-university"],
    ),
]
