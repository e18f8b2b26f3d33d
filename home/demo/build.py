"""Builds the bilingual demo site. Idempotent: anything that exists already (found by its
Arabic slug, image title or snippet slug) is left exactly as it is.

The home page and the camp story are built here; each section builds its own pages
(`showcase/demo.py`, `news/demo.py`) from the copy in this folder's data modules: `facts.py`
(the seed), `copy.py`, `press_kit.py` and `story.py` (the site's copy from those facts) and
`samples/` (placeholders, flagged `is_sample`)."""

from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page, Site

from bilingual.pages import build_object, per_language
from core.models import SiteSettings, SocialLink
from home.demo import copy, facts, press_kit, samples, story
from home.demo.kit import DemoKit
from home.demo.samples import news as sample_news
from home.demo.samples import showcase as sample_showcase
from home.models import HomeFeaturedInnovation, HomePage, StandardPage
from news.demo import build_newsroom, build_press_kit
from showcase.demo import build_partners, build_showcase, build_themes
from showcase.models import InnovationPage, ShowcaseIndexPage
from uploads.renditions import paused, prepare_live_pages


class DemoBuilder(DemoKit):
    def __init__(self, log=print, warm_renditions=True, scale=1.0):
        super().__init__(log=log, scale=scale)
        self.warm_renditions = warm_renditions

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
            self.site_settings()
            build_themes(self, sample_showcase.THEMES)
            partners = build_partners(
                self, home, copy.PARTNERS_INDEX, copy.OFFICIAL_PARTNERS + sample_showcase.SAMPLE_PARTNERS
            )
            showcase = build_showcase(
                self,
                home,
                copy.SHOWCASE_INDEX,
                sample_showcase.SAMPLE_INNOVATIONS,
                first_published_on=copy.INNOVATIONS_FROM,
            )
            newsroom = build_newsroom(
                self,
                home,
                copy.NEWS_INDEX,
                sample_news.SAMPLE_NEWS_TAGS,
                [copy.ANNOUNCEMENT, *sample_news.SAMPLE_NEWS],
            )
            kit_page = build_press_kit(self, home, press_kit.PRESS_KIT)
            self.story(home, kit_page)
            self.feature(home, showcase)
            self.log(f"Demo content ready ({self.created} objects created).")
            return {"home": home, "partners": partners, "showcase": showcase, "news": newsroom}

    def home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's own welcome page is in the way (same slug, and the default site).
            for page in root.get_children().filter(content_type__model="page"):
                page.delete()
            home = self.page(
                root,
                HomePage,
                slug={"ar": "home", "en": "home"},
                title=facts.HOME["title"],
                hero_heading=facts.HOME["hero_heading"],
                hero_lead=facts.HOME["hero_lead"],
                hero_image=self.image("hero-mina", copy.HOME_HERO_ALT),
                glance_title=facts.HOME["glance_title"],
                at_a_glance=per_language(
                    lambda code: [
                        ("figure", {"value": figure["value"][code], "label": figure["label"][code]})
                        for figure in facts.HOME["glance"]
                    ]
                ),
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=facts.SITE["organisation_name"]["ar"],
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        return home

    def site_settings(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.organisation_name:
            return
        for name, value in {**facts.SITE, "contact_address": copy.CONTACT_ADDRESS}.items():
            setattr(settings, name, value["ar"])
            setattr(settings, f"{name}_ar", value["ar"])
            setattr(settings, f"{name}_en", value["en"])
        settings.contact_email = samples.CONTACT_EMAIL
        settings.save()
        build_object(SocialLink, settings=settings, sort_order=0, **samples.SOCIAL_LINK).save()

    def story(self, home, press_kit_page):
        hero = self.image("story-camp", story.HERO_ALT)
        if home.get_children().filter(slug=story.SLUG["ar"]).exists():
            return None
        page = self.page(
            home,
            StandardPage,
            slug=story.SLUG,
            title=story.TITLE,
            intro=story.INTRO,
            hero_image=hero,
            body=story.body(hero, press_kit_page),
            show_in_menus=True,
        )
        # The story leads the menu, though it is built last (it links to the press kit).
        first = home.get_first_child()
        if first and first.pk != page.pk:
            page.move(first, pos="left")
        return page

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
