"""Builds the bilingual demo site. Idempotent: anything that exists already (found by its
Arabic slug, image title or snippet slug) is left exactly as it is."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import Page, Site

from core.models import CustomImage, SiteSettings, SocialLink
from home.demo import facts, images, samples
from home.models import HomeFeaturedInnovation, HomePage, StandardPage
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsTag, PressAsset, PressKitPage
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
from uploads.renditions import paused, prepare_live_pages

SAMPLE_CREDIT = ("صورة تجريبية مولدة للعرض", "Sample image generated for the demo")
SAMPLE_LICENCE = "Sample content: replace before launch"


class DemoBuilder:
    def __init__(self, log=print, warm_renditions=True, scale=1.0):
        self.log = log
        self.warm_renditions = warm_renditions
        self.scale = scale  # tests draw smaller images: cheaper renditions, same pages
        self.created = 0

    # -- helpers ---------------------------------------------------------------------------

    def image(self, key, alt, *, kind="photo", initials=""):
        title = f"Demo: {key}"
        existing = CustomImage.objects.filter(title=title).first()
        if existing:
            return existing
        if kind == "logo":
            size = (int(480 * self.scale), int(288 * self.scale))
            data, name = images.logo(key, initials, size=size), f"{key}.png"
        else:
            size = (int(1600 * self.scale), int(900 * self.scale))
            data, name = images.photo(key, size=size), f"{key}.jpg"
        image = CustomImage(
            title=title,
            description_ar=alt[0],
            description_en=alt[1],
            credit_ar=SAMPLE_CREDIT[0],
            credit_en=SAMPLE_CREDIT[1],
            licence=SAMPLE_LICENCE,
            is_sample=True,
            file=ImageFile(ContentFile(data), name=name),
        )
        image.save()
        self.created += 1
        return image

    def page(self, parent, model, slug, title, *, sample=False, **fields):
        """Publish a page under `parent` unless one with the same Arabic slug is there."""
        existing = parent.get_children().filter(slug=slug[0]).first()
        if existing:
            return existing.specific
        relations = {k: fields.pop(k) for k in list(fields) if k.startswith("m2m_")}
        children = {k: fields.pop(k) for k in list(fields) if k.startswith("child_")}
        page = model(
            title=title[0],
            title_ar=title[0],
            title_en=title[1],
            slug=slug[0],
            slug_ar=slug[0],
            slug_en=slug[1],
            is_sample=sample,
        )
        for name, value in fields.items():
            if isinstance(value, tuple) and len(value) == 2:
                setattr(page, name, value[0])
                setattr(page, f"{name}_ar", value[0])
                setattr(page, f"{name}_en", value[1])
            else:
                setattr(page, name, value)
        for name, value in relations.items():
            setattr(page, name.removeprefix("m2m_"), value)
        for name, value in children.items():
            setattr(page, name.removeprefix("child_"), value)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    # -- the site --------------------------------------------------------------------------

    def build(self):
        # Renditions are made once, for every live page, at the end: not again on each of
        # the many publishes below (and not at all for the test suite's demo site).
        with paused():
            result = self._build()
        if self.warm_renditions:
            count = prepare_live_pages()
            self.log(f"Image renditions ready for {count} page images.")
        return result

    def _build(self):
        with translation.override("ar"):
            home = self.home()
            self.site_settings(home)
            self.themes()
            partners_index = self.partners(home)
            showcase = self.showcase(home)
            newsroom = self.news(home)
            press_kit = self.press_kit(home)
            self.story(home, press_kit)
            self.feature(home, showcase)
            self.log(f"Demo content ready ({self.created} objects created).")
            return {"home": home, "partners": partners_index, "showcase": showcase, "news": newsroom}

    def home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own welcome page is in the way (same slug, and the default site).
            for page in root.get_children().filter(content_type__model="page"):
                page.delete()
            hero = self.image(
                "hero-mina",
                (
                    "خيام بيضاء على كثبان رملية عند الغروب (صورة تجريبية)",
                    "White tents on sand dunes at sunset (sample image)",
                ),
            )
            home = self.page(
                root,
                HomePage,
                ("home", "home"),
                facts.HOME["title"],
                hero_heading=facts.HOME["hero_heading"],
                hero_lead=facts.HOME["hero_lead"],
                hero_image=hero,
                glance_title=facts.HOME["glance_title"],
                at_a_glance=(
                    [("figure", {"value": ar[0], "label": ar[1]}) for ar, _en in facts.HOME["glance"]],
                    [("figure", {"value": en[0], "label": en[1]}) for _ar, en in facts.HOME["glance"]],
                ),
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=facts.SITE["organisation_name"][0],
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        return home

    def site_settings(self, home):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.organisation_name:
            return
        for name, (ar, en) in facts.SITE.items():
            setattr(settings, name, ar)
            setattr(settings, f"{name}_ar", ar)
            setattr(settings, f"{name}_en", en)
        settings.contact_address_ar = "مشعر منى، مكة المكرمة، المملكة العربية السعودية"
        settings.contact_address_en = "Mina, Makkah, Saudi Arabia"
        settings.contact_address = settings.contact_address_ar
        settings.contact_email = "media@example.org"
        settings.save()
        SocialLink.objects.create(
            settings=settings,
            label="X (sample)",
            label_ar="إكس (تجريبي)",
            label_en="X (sample)",
            url="https://example.org/sample-social",
            sort_order=0,
        )

    def themes(self):
        for order, (slug, ar, en) in enumerate(samples.THEMES):
            if not Theme.objects.filter(slug=slug).exists():
                Theme.objects.create(slug=slug, title=ar, title_ar=ar, title_en=en, sort_order=order)
                self.created += 1

    def partners(self, home):
        index = self.page(
            home,
            PartnerIndexPage,
            ("الشركاء", "partners"),
            ("الشركاء", "Partners"),
            intro=(
                "الجهات التي تقف خلف مخيم الحج الابتكاري، من القطاع العام والقطاع غير الربحي والشركات والأفراد.",
                "The organisations behind the Innovative Hajj Camp, from the public and non-profit "
                "sectors, companies and individuals.",
            ),
            show_in_menus=True,
        )
        official = [
            {
                "slug": ("وزارة-الحج-والعمرة", "ministry-of-hajj-and-umrah"),
                "title": ("وزارة الحج والعمرة", "Ministry of Hajj and Umrah"),
                "kind": "government",
                "initials": "MoHU",
                "role": ("الحاضنة الرسمية للمبادرة", "Official incubator of the initiative"),
                "summary": (
                    "وقعت اتفاقية الشراكة مع الهيئة العامة للأوقاف لإطلاق مخيم الحج الابتكاري، وتحتضن المبادرة رسمياً.",
                    "Signed the partnership agreement with the General Authority for Awqaf to launch "
                    "the Innovative Hajj Camp, and officially incubates the initiative.",
                ),
                "description": (
                    f"<p>{facts.SIGNING[0]}</p><p>{facts.VISION[0]}</p>",
                    f"<p>{facts.SIGNING[1]}</p><p>{facts.VISION[1]}</p>",
                ),
            },
            {
                "slug": ("الهيئة-العامة-للأوقاف", "general-authority-for-awqaf"),
                "title": ("الهيئة العامة للأوقاف", "General Authority for Awqaf"),
                "kind": "nonprofit",
                "initials": "GAA",
                "role": ("شريك الحاضنة في إطلاق المخيم", "Incubation partner in launching the camp"),
                "summary": (
                    "شريك وزارة الحج والعمرة في اتفاقية إطلاق مخيم الحج الابتكاري وفي احتضانه.",
                    "The Ministry of Hajj and Umrah's partner in the agreement to launch the "
                    "Innovative Hajj Camp and in incubating it.",
                ),
                "description": (f"<p>{facts.SIGNING[0]}</p>", f"<p>{facts.SIGNING[1]}</p>"),
            },
            {
                "slug": ("منافع-للاستشارات", "manafe-consulting"),
                "title": ("منافع للاستشارات", "Manafe Consulting"),
                "kind": "company",
                "initials": "M",
                "role": ("الجهة المنفذة للمشروع", "Implementing partner"),
                "summary": (facts.MANAFE["about"][0], facts.MANAFE["about"][1]),
                "description": tuple(
                    "".join(
                        f"<p>{facts.MANAFE[key][lang]}</p>" for key in ("about", "journey", "maqasid", "lab")
                    )
                    + f"<h3>{('الخدمات', 'Services')[lang]}</h3><p>{facts.MANAFE['services'][lang]}</p>"
                    for lang in (0, 1)
                ),
            },
        ]
        for partner in official:
            logo = self.image(
                f"logo-{partner['slug'][1]}",
                (
                    f"شعار {partner['title'][0]} (شعار تجريبي)",
                    f"{partner['title'][1]} logo (sample logo)",
                ),
                kind="logo",
                initials=partner["initials"],
            )
            self.page(
                index,
                PartnerPage,
                partner["slug"],
                partner["title"],
                kind=partner["kind"],
                role=partner["role"],
                summary=partner["summary"],
                description=partner["description"],
                logo=logo,
            )
        for sample in samples.SAMPLE_PARTNERS:
            logo = self.image(
                f"logo-{sample['slug'][1]}",
                (
                    f"شعار {sample['title'][0]}",
                    f"{sample['title'][1]} logo",
                ),
                kind="logo",
                initials="S",
            )
            self.page(
                index,
                PartnerPage,
                sample["slug"],
                sample["title"],
                sample=True,
                kind=sample["kind"],
                role=sample["role"],
                summary=sample["summary"],
                description=(f"<p>{sample['summary'][0]}</p>", f"<p>{sample['summary'][1]}</p>"),
                logo=logo,
            )
        return index

    def showcase(self, home):
        index = self.page(
            home,
            ShowcaseIndexPage,
            ("الابتكارات", "innovations"),
            ("معرض الابتكارات", "Innovation showcase"),
            intro=(
                "نماذج تجريبية توضح كيف تُعرض الابتكارات التي تحول تحديات خدمات الحج والعمرة إلى خدمات ومنتجات ومشاريع ريادية.",
                "Sample entries showing how the innovations that turn challenges in Hajj and Umrah "
                "services into services, products and ventures will be presented.",
            ),
            show_in_menus=True,
        )
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        partners = {page.slug_en: page for page in PartnerPage.objects.all()}
        start = datetime.date(2022, 4, 1)
        for number, (slug_ar, slug_en, title_ar, title_en, stage, theme_slugs, partner_slugs) in enumerate(
            samples.SAMPLE_INNOVATIONS
        ):
            image = self.image(
                f"innovation-{slug_en}",
                (
                    f"صورة توضيحية لابتكار {title_ar} (صورة تجريبية)",
                    f"Illustration for {title_en} (sample image)",
                ),
            )
            self.page(
                index,
                InnovationPage,
                (slug_ar, slug_en),
                (title_ar, title_en),
                sample=True,
                summary=(
                    f"ابتكار تجريبي بعنوان «{title_ar}» يوضح شكل بطاقة الابتكار وصفحته.",
                    f"A sample innovation, “{title_en}”, showing what an innovation card and page look like.",
                ),
                challenge=(
                    f"<p>التحدي الذي يعالجه «{title_ar}» في خدمات الحج والعمرة (نص تجريبي).</p>",
                    f"<p>The Hajj and Umrah challenge “{title_en}” addresses (sample text).</p>",
                ),
                solution=(
                    f"<p>الحل الذي يقترحه «{title_ar}» (نص تجريبي).</p>",
                    f"<p>The solution “{title_en}” proposes (sample text).</p>",
                ),
                results=(
                    [("figure", {"value": "—", "label": "نتيجة تجريبية"})],
                    [("figure", {"value": "—", "label": "Sample result"})],
                ),
                stage=stage,
                image=image,
                published_on=start + datetime.timedelta(days=7 * number),
                m2m_themes=[themes[slug] for slug in theme_slugs],
                m2m_partners=[partners[slug] for slug in partner_slugs if slug in partners],
                child_team_members=[
                    InnovationTeamMember(
                        name="عضو فريق تجريبي",
                        name_ar="عضو فريق تجريبي",
                        name_en="Sample team member",
                        role_ar="قائد الفريق",
                        role_en="Team lead",
                        role="قائد الفريق",
                    ),
                ],
                child_gallery_images=self.gallery(slug_en) if number == 0 else [],
                child_links=[
                    InnovationLink(
                        title="رابط تجريبي",
                        title_ar="رابط تجريبي",
                        title_en="Sample link",
                        url="https://example.org/sample-innovation",
                    ),
                ],
            )
        return index

    def gallery(self, slug_en):
        """Two gallery images, to show the gallery on the first innovation."""
        return [
            InnovationGalleryImage(
                image=self.image(
                    f"gallery-{slug_en}-{n}",
                    (f"صورة من معرض الابتكار رقم {n} (صورة تجريبية)", f"Gallery image {n} (sample image)"),
                ),
                caption=f"صورة تجريبية {n}",
                caption_ar=f"صورة تجريبية {n}",
                caption_en=f"Sample image {n}",
                sort_order=n,
            )
            for n in (1, 2)
        ]

    def story(self, home, press_kit):
        spokesperson_ar, spokesperson_en = facts.SPOKESPERSON
        hero = self.image(
            "story-camp",
            (
                "ممرات بين خيام المخيم في منى (صورة تجريبية)",
                "Paths between camp tents in Mina (sample image)",
            ),
        )

        def body(lang):
            def tr(ar, en):
                return (ar, en)[lang]

            speaker = (spokesperson_ar, spokesperson_en)[lang]
            return [
                ("paragraph", f"<p>{facts.SIGNING[lang]}</p>"),
                ("heading", {"text": tr("المشروع", "The project"), "level": "h2"}),
                ("paragraph", f"<p>{facts.IMPLEMENTATION[lang]}</p><p>{facts.AIM[lang]}</p>"),
                (
                    "key_figures",
                    {
                        "title": tr("المخيم في أرقام", "The camp in figures"),
                        "figures": [
                            {"value": "5", "label": tr("أشهر في مشعر منى", "months in Mina")},
                            {
                                "value": "21–23",
                                "label": tr(
                                    "مارس: مؤتمر ومعرض خدمات الحج والعمرة في جدة",
                                    "March: Hajj and Umrah Services Conference and Exhibition, Jeddah",
                                ),
                            },
                            {
                                "value": "+5",
                                "label": tr(
                                    "سنوات من خبرة منافع في الابتكار", "years of Manafe's work in innovation"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {"quote": facts.INCUBATION_QUOTE[lang], "attribution": speaker[0], "role": speaker[1]},
                ),
                ("paragraph", f"<p>{facts.VISION[lang]}</p>"),
                (
                    "image",
                    {
                        "image": hero,
                        "caption": tr("المخيم في مشعر منى (صورة تجريبية)", "The camp in Mina (sample image)"),
                    },
                ),
                (
                    "heading",
                    {"text": tr("من الفكرة إلى الذكرى", "From the idea to the memory"), "level": "h2"},
                ),
                (
                    "paragraph",
                    "".join(
                        f"<p>{facts.MANAFE[key][lang]}</p>" for key in ("about", "journey", "maqasid", "lab")
                    ),
                ),
                (
                    "timeline",
                    {
                        "title": tr("المراحل", "Milestones"),
                        "milestones": [
                            {
                                "date_label": tr("21–23 مارس", "21–23 March"),
                                "title": tr(
                                    "توقيع اتفاقية الشراكة في جدة", "Partnership agreement signed in Jeddah"
                                ),
                                "text": tr(
                                    "في مؤتمر ومعرض خدمات الحج والعمرة «التحول نحو الابتكار».",
                                    "At the Hajj and Umrah Services Conference and Exhibition, “The Shift Towards Innovation”.",
                                ),
                            },
                            {
                                "date_label": tr("خمسة أشهر", "Five months"),
                                "title": tr("مخيم خاص في مشعر منى", "A dedicated camp in Mina"),
                                "text": tr("تنفذه منافع للاستشارات.", "Implemented by Manafe Consulting."),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": tr("للإعلاميين", "For journalists"),
                        "text": tr(
                            "النبذة التعريفية وصحيفة الحقائق والشعارات والصور في مكان واحد.",
                            "The boilerplate, fact sheet, logos and photos in one place.",
                        ),
                        "link_page": press_kit,
                        "link_text": tr("الحقيبة الإعلامية", "Press kit"),
                    },
                ),
            ]

        if home.get_children().filter(slug="قصة-المخيم").exists():
            return None
        page = self.page(
            home,
            StandardPage,
            ("قصة-المخيم", "camp-story"),
            ("قصة المخيم", "The camp story"),
            intro=(facts.AIM[0], facts.AIM[1]),
            hero_image=hero,
            body=(body(0), body(1)),
            show_in_menus=True,
        )
        # The story leads the menu, though it is built last (it links to the press kit).
        first = home.get_first_child()
        if first and first.pk != page.pk:
            page.move(first, pos="left")
        return page

    def news(self, home):
        index = self.page(
            home,
            NewsIndexPage,
            ("الأخبار", "news"),
            ("المركز الإعلامي", "Newsroom"),
            intro=(
                "أخبار مخيم الحج الابتكاري وبياناته الصحفية وإعلاناته.",
                "News, press releases and announcements from the Innovative Hajj Camp.",
            ),
            show_in_menus=True,
        )
        tags = {}
        for slug, ar, en in samples.SAMPLE_NEWS_TAGS:
            tags[slug], made = NewsTag.objects.get_or_create(
                slug=slug, defaults={"title": ar, "title_ar": ar, "title_en": en}
            )
            self.created += int(made)
        spokesperson_ar, spokesperson_en = facts.SPOKESPERSON
        announcement_image = self.image(
            "news-signing",
            (
                "قاعة مؤتمر بإضاءة هادئة (صورة تجريبية)",
                "A conference hall in soft light (sample image)",
            ),
        )

        def announcement_body(lang):
            speaker = (spokesperson_ar, spokesperson_en)[lang]
            return [
                ("paragraph", f"<p>{facts.IMPLEMENTATION[lang]}</p>"),
                ("paragraph", f"<p>{facts.AIM[lang]}</p>"),
                (
                    "quote",
                    {"quote": facts.INCUBATION_QUOTE[lang], "attribution": speaker[0], "role": speaker[1]},
                ),
                ("paragraph", f"<p>{facts.VISION[lang]}</p>"),
                (
                    "heading",
                    {"text": ("عن منافع للاستشارات", "About Manafe Consulting")[lang], "level": "h2"},
                ),
                (
                    "paragraph",
                    "".join(f"<p>{facts.MANAFE[key][lang]}</p>" for key in ("about", "journey", "maqasid")),
                ),
                ("paragraph", f"<p>{facts.MANAFE['services'][lang]}</p><p>{facts.MANAFE['lab'][lang]}</p>"),
            ]

        # The seed says the agreement was signed on a Monday during 21–23 March; 21 March 2022
        # was that Monday. Editors should confirm the year.
        self.page(
            index,
            NewsArticlePage,
            ("توقيع-اتفاقية-مخيم-الحج-الابتكاري", "innovative-hajj-camp-agreement-signed"),
            facts.ANNOUNCEMENT["title"],
            date=datetime.date(2022, 3, 21),
            kind="press-release",
            lead=facts.ANNOUNCEMENT["lead"],
            hero_image=announcement_image,
            body=(announcement_body(0), announcement_body(1)),
            m2m_tags=[tags["partnership"], tags["innovation"]],
        )
        for slug_ar, slug_en, title_ar, title_en, kind, date, tag_slugs in samples.SAMPLE_NEWS:
            image = self.image(
                f"news-{slug_en}",
                (
                    f"صورة توضيحية: {title_ar}",
                    f"Illustration: {title_en}",
                ),
            )
            self.page(
                index,
                NewsArticlePage,
                (slug_ar, slug_en),
                (title_ar, title_en),
                sample=True,
                date=datetime.date.fromisoformat(date),
                kind=kind,
                lead=(
                    f"نص تجريبي يوضح شكل الخبر: {title_ar}.",
                    f"Sample text showing what a news item looks like: {title_en}.",
                ),
                hero_image=image,
                body=(
                    [("paragraph", "<p>هذا خبر تجريبي. استبدله بخبر حقيقي قبل الإطلاق.</p>")],
                    [("paragraph", "<p>This is sample news. Replace it with real news before launch.</p>")],
                ),
                m2m_tags=[tags[slug] for slug in tag_slugs],
            )
        return index

    def press_kit(self, home):
        existing = home.get_children().filter(slug="الحقيبة-الإعلامية").first()
        if existing:
            return existing.specific
        logo = self.image(
            "camp-logo",
            ("شعار مخيم الحج الابتكاري (شعار تجريبي)", "Innovative Hajj Camp logo (sample logo)"),
            kind="logo",
            initials="IHC",
        )
        photos = [
            self.image(
                "press-photo-camp", ("خيام المخيم في منى (صورة تجريبية)", "Camp tents in Mina (sample image)")
            ),
            self.image(
                "press-photo-dunes",
                ("كثبان وخيام عند الغروب (صورة تجريبية)", "Dunes and tents at sunset (sample image)"),
            ),
        ]
        fact_sheet_doc = self.fact_sheet_document()
        fact_rows = [
            (("المبادرة", "The initiative"), ("مخيم الحج الابتكاري", "The Innovative Hajj Camp")),
            (("الإطلاق", "Launch"), (facts.SIGNING[0], facts.SIGNING[1])),
            (
                ("الحاضنة", "Incubation"),
                (
                    "وزارة الحج والعمرة بالشراكة مع الهيئة العامة للأوقاف",
                    "The Ministry of Hajj and Umrah, in partnership with the General Authority for Awqaf",
                ),
            ),
            (("التنفيذ", "Implementation"), ("منافع للاستشارات", "Manafe Consulting")),
            (
                ("المكان والمدة", "Place and duration"),
                ("مخيم خاص في مشعر منى لمدة 5 أشهر", "A dedicated camp in Mina for five months"),
            ),
            (("الهدف", "Aim"), (facts.AIM[0], facts.AIM[1])),
            (("رؤية 2030", "Vision 2030"), (facts.VISION[0], facts.VISION[1])),
        ]
        page = self.page(
            home,
            PressKitPage,
            ("الحقيبة-الإعلامية", "press-kit"),
            ("الحقيبة الإعلامية", "Press kit"),
            boilerplate_short=(
                "مخيم الحج الابتكاري مبادرة بحاضنة رسمية من وزارة الحج والعمرة بالشراكة مع الهيئة العامة "
                "للأوقاف، تنفذها منافع للاستشارات في مخيم خاص بمشعر منى لمدة خمسة أشهر، لبناء مجتمع عالمي "
                "من المبدعين والمبتكرين يحول تحديات خدمات الحج والعمرة إلى فرص.",
                "The Innovative Hajj Camp is an initiative officially incubated by the Ministry of Hajj "
                "and Umrah in partnership with the General Authority for Awqaf and implemented by Manafe "
                "Consulting in a dedicated camp in Mina for five months, to build a global community of "
                "creators and innovators that turns challenges in Hajj and Umrah services into opportunities.",
            ),
            boilerplate_long=(
                "\n\n".join(
                    [
                        facts.SIGNING[0],
                        facts.IMPLEMENTATION[0],
                        facts.AIM[0],
                        facts.VISION[0],
                        facts.MANAFE["about"][0],
                    ]
                ),
                "\n\n".join(
                    [
                        facts.SIGNING[1],
                        facts.IMPLEMENTATION[1],
                        facts.AIM[1],
                        facts.VISION[1],
                        facts.MANAFE["about"][1],
                    ]
                ),
            ),
            fact_sheet=(
                [("fact", {"label": label[0], "value": value[0]}) for label, value in fact_rows],
                [("fact", {"label": label[1], "value": value[1]}) for label, value in fact_rows],
            ),
            show_in_menus=True,
            child_contacts=[
                MediaContact(
                    name="المكتب الإعلامي (بيانات تجريبية)",
                    name_ar="المكتب الإعلامي (بيانات تجريبية)",
                    name_en="Media office (sample details)",
                    role="للاستفسارات الصحفية",
                    role_ar="للاستفسارات الصحفية",
                    role_en="Press enquiries",
                    email="media@example.org",
                    phone="+966 12 000 0000",
                ),
            ],
            child_assets=[
                PressAsset(
                    title="شعار المخيم",
                    title_ar="شعار المخيم",
                    title_en="Camp logo",
                    kind="logo",
                    image=logo,
                    sort_order=0,
                ),
                PressAsset(
                    title="خيام المخيم",
                    title_ar="خيام المخيم",
                    title_en="Camp tents",
                    kind="photo",
                    image=photos[0],
                    sort_order=1,
                ),
                PressAsset(
                    title="كثبان وخيام",
                    title_ar="كثبان وخيام",
                    title_en="Dunes and tents",
                    kind="photo",
                    image=photos[1],
                    sort_order=2,
                ),
                PressAsset(
                    title="صحيفة الحقائق",
                    title_ar="صحيفة الحقائق",
                    title_en="Fact sheet",
                    kind="document",
                    document=fact_sheet_doc,
                    sort_order=3,
                ),
            ],
        )
        return page

    def fact_sheet_document(self):
        title = "Demo: fact sheet"
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        text = "\n\n".join(
            "\n".join(part[lang] for part in (facts.SIGNING, facts.IMPLEMENTATION, facts.AIM, facts.VISION))
            for lang in (0, 1)
        )
        document = Document(title=title, file=ContentFile(text.encode("utf-8"), name="fact-sheet.txt"))
        document.save()
        self.created += 1
        return document

    def feature(self, home, showcase):
        """Editors' picks for the home page: the first three innovations, chosen once."""
        if home.featured_innovations.exists():
            return
        # Fetched again: moving the story page renumbered its siblings' tree paths.
        showcase = ShowcaseIndexPage.objects.get(pk=showcase.pk)
        picks = InnovationPage.objects.child_of(showcase).order_by("path")[:3]
        home = HomePage.objects.get(pk=home.pk)
        home.featured_innovations = [
            HomeFeaturedInnovation(innovation=innovation, sort_order=order)
            for order, innovation in enumerate(picks)
        ]
        home.save_revision().publish()


def ensure_admin(username, password, email=""):
    """Create a superuser from the environment, never from a password in the repository."""
    User = get_user_model()
    if not username or not password or User.objects.filter(username=username).exists():
        return False
    User.objects.create_superuser(username=username, email=email, password=password)
    return True
