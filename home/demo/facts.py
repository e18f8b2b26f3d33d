"""The seed's facts (home/demo/source/camp-announcement-ar.txt), in Arabic and in a faithful
English translation. Everything the demo states as fact comes from here; anything else the
demo creates is sample content and is flagged `is_sample`.
"""

SITE = {
    "organisation_name": {"ar": "مخيم الحج الابتكاري", "en": "Innovative Hajj Camp"},
    "tagline": {
        "ar": "مجتمع عالمي للمبدعين والمبتكرين في خدمات الحج والعمرة",
        "en": "A global community of creators and innovators in Hajj and Umrah services",
    },
    "footer_text": {
        "ar": "مبادرة بحاضنة رسمية من وزارة الحج والعمرة بالشراكة مع الهيئة العامة للأوقاف، وتنفيذ منافع للاستشارات.",
        "en": "An initiative officially incubated by the Ministry of Hajj and Umrah in partnership "
        "with the General Authority for Awqaf, implemented by Manafe Consulting.",
    },
}

HOME = {
    "title": {"ar": "مخيم الحج الابتكاري", "en": "Innovative Hajj Camp"},
    "hero_heading": {
        "ar": "تحويل تحديات الحج إلى فرص نوعية تسعد ضيف الرحمن",
        "en": "Turning the challenges of Hajj into opportunities that delight the Guests of God",
    },
    "hero_lead": {
        "ar": "مخيم خاص في مشعر منى لمدة خمسة أشهر، يجمع القطاعات العامة والخاصة وغير الربحية "
        "والشركات والجهات والأفراد في مكان واحد.",
        "en": "A dedicated camp in Mina for five months, bringing the public, private and non-profit "
        "sectors, companies, organisations and individuals together in one place.",
    },
    "glance_title": {"ar": "المخيم في سطور", "en": "The camp at a glance"},
    # Each figure: the number, then what it counts.
    "glance": [
        {
            "value": {"ar": "5", "en": "5"},
            "label": {"ar": "أشهر في مخيم خاص", "en": "months in a dedicated camp"},
        },
        {"value": {"ar": "منى", "en": "Mina"}, "label": {"ar": "مكان المخيم", "en": "where the camp stands"}},
        {
            "value": {"ar": "2", "en": "2"},
            "label": {
                "ar": "شريكان: وزارة الحج والعمرة والهيئة العامة للأوقاف",
                "en": "partners: the Ministry of Hajj and Umrah and the General Authority for Awqaf",
            },
        },
        {
            "value": {"ar": "4", "en": "4"},
            "label": {
                "ar": "قطاعات: عام وخاص وغير ربحي وأفراد",
                "en": "sectors: public, private, non-profit and individuals",
            },
        },
    ],
}

AIM = {
    "ar": "مشروع لبناء مجتمع عالمي يجمع المبدعين والمبتكرين الرياديين حول العالم للعمل على استثمار "
    "الفرص في قطاع خدمات الحج والعمرة من خلال تحويل التحديات إلى خدمات ومنتجات إبداعية ومشاريع "
    "ريادية يكون لها أثر اجتماعي وتحقق الاستدامة بمشاركة كل الجهات ذات العلاقة بجانب المستخدم والعميل.",
    "en": "A project to build a global community that brings together creators and entrepreneurial "
    "innovators from around the world to seize the opportunities in Hajj and Umrah services, by "
    "turning challenges into creative services, products and entrepreneurial ventures with social "
    "impact and sustainability, with the participation of every stakeholder alongside the user "
    "and the customer.",
}

SIGNING = {
    "ar": "وقعت وزارة الحج والعمرة اتفاقية شراكة مع الهيئة العامة للأوقاف لإطلاق مخيم الحج الابتكاري "
    "يوم الاثنين في مؤتمر ومعرض خدمات الحج والعمرة الذي يحمل مسمى «التحول نحو الابتكار» والممتد "
    "خلال الفترة من 21 إلى 23 مارس في مدينة جدة.",
    "en": "The Ministry of Hajj and Umrah signed a partnership agreement with the General Authority "
    "for Awqaf to launch the Innovative Hajj Camp on Monday, at the Hajj and Umrah Services "
    "Conference and Exhibition, titled “The Shift Towards Innovation”, held from 21 to 23 March "
    "in Jeddah.",
}

IMPLEMENTATION = {
    "ar": "وسيتم تنفيذ المشروع من قبل «منافع» للاستشارات في مشعر منى من خلال إنشاء مخيم خاص لمدة 5 أشهر "
    "يضم عدداً من القطاعات العامة والخاصة وغير الربحية بجانب الشركات وعدد من الجهات والأفراد.",
    "en": "The project will be implemented by Manafe Consulting in Mina, through a dedicated camp for "
    "five months that brings together public, private and non-profit sectors alongside "
    "companies, organisations and individuals.",
}

INCUBATION_QUOTE = {
    "ar": "حظيت هذه المبادرة بحاضنة رسمية متمثلة بوزارة الحج والعمرة بالشراكة مع هيئة الأوقاف للعمل على "
    "تهيئة مخيم في مشعر منى وتحويله لمجتمع إبداعي ابتكاري ريادي وجمع الشركاء في مكان واحد لتحويل "
    "تحديات الحج لفرص نوعية تسعد ضيف الرحمن وترفع من مستوى الخدمة المقدمة للحجاج.",
    "en": "This initiative has an official incubator, the Ministry of Hajj and Umrah, in partnership "
    "with the Awqaf authority, to prepare a camp in Mina and turn it into a creative, innovative, "
    "entrepreneurial community, bringing the partners together in one place to turn the "
    "challenges of Hajj into distinctive opportunities that delight the Guest of God and raise "
    "the level of service offered to pilgrims.",
}

VISION = {
    "ar": "وهو ما يحقق أحد أهداف رؤية المملكة 2030 ممثلة في برنامج ضيوف الرحمن.",
    "en": "This serves one of the goals of Saudi Vision 2030, through the Pilgrim Experience Program "
    "(the Guests of God programme).",
}

SPOKESPERSON = {
    "name": {"ar": "الدكتور عمار عطار", "en": "Dr. Ammar Attar"},
    "role": {"ar": "المشرف العام على منافع", "en": "General supervisor of Manafe"},
}

MANAFE = {
    "about": {
        "ar": "انطلقت المبادرة لهذه الفكرة من منافع للاستشارات، وهي كيان متخصص في مجال الابتكار وتجربة "
        "العميل وتوظيفها في قطاع خدمة ضيوف الرحمن، ويمتد عمره لأكثر من خمس سنوات.",
        "en": "The initiative for this idea came from Manafe Consulting, an entity specialised in "
        "innovation and customer experience and in applying them to serving the Guests of God; "
        "it is more than five years old.",
    },
    "journey": {
        "ar": "تركز مشاريعها على تحسين تجربة ضيوف الرحمن من خلال فهم احتياجات الحاج وتطوير الخدمات "
        "المقدمة له، والعمل على حلول إبداعية تخدم رحلة الضيف من الفكرة للذكرى.",
        "en": "Its projects focus on improving the experience of the Guests of God by understanding "
        "the pilgrim's needs and developing the services offered to them, working on creative "
        "solutions that serve the guest's journey “from the idea to the memory”.",
    },
    "maqasid": {
        "ar": "تهتم منافع بتحقيق مقاصد الحج والعمرة من خلال الانطلاقة من المقاصد الشرعية والتعامل مع "
        "الفرص الفقهية، وتوظيف أفضل الممارسات العلمية في مجال الابتكار وخدمة العميل.",
        "en": "Manafe works to fulfil the objectives of Hajj and Umrah by starting from their "
        "religious objectives (maqasid) and the jurisprudential opportunities they open, and by "
        "applying the best scientific practice in innovation and customer service.",
    },
    "services": {
        "ar": "تقديم الاستشارات لمقدمي الخدمات والجهات الإشرافية، وتأهيل وتمكين الكفاءات وتحسين الخدمات، "
        "وتحسين الأداء المؤسسي للجهات وتصميم البرامج المجتمعية.",
        "en": "Consulting for service providers and supervisory bodies; qualifying and empowering "
        "talent and improving services; improving the institutional performance of "
        "organisations; and designing community programmes.",
    },
    "lab": {
        "ar": "أسست منافع قبل أكثر من خمس سنوات أول معمل ابتكار في العالم متخصص في تجربة ضيوف الرحمن "
        "والحج والعمرة.",
        "en": "More than five years ago, Manafe founded the world's first innovation lab specialised "
        "in the experience of the Guests of God, Hajj and Umrah.",
    },
}

# The announcement's own text, for the first news item (seed, lightly trimmed of the
# newspaper's relative dating; the English is a faithful translation).
ANNOUNCEMENT = {
    "title": {
        "ar": "توقيع اتفاقية شراكة لإطلاق مخيم الحج الابتكاري",
        "en": "Partnership agreement signed to launch the Innovative Hajj Camp",
    },
    "lead": SIGNING,
}
