from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import KeyFigureBlock, StoryStreamBlock
from core.models import BasePage
from home.selectors import home_sections
from news.selectors import organisation_logo
from seo import metadata
from serving.renditions import prefetch_renditions, stream_images


class HomePage(BasePage):
    """The home page, at the site root: hero, the camp at a glance, featured innovations,
    the latest news, partner logos and the way to the press kit."""

    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_lead = models.TextField(_("hero lead"), blank=True)
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    glance_title = models.CharField(_("“at a glance” title"), max_length=160, blank=True)
    at_a_glance = StreamField(
        [("figure", KeyFigureBlock(label=_("Figure")))],
        verbose_name=_("the camp at a glance"),
        blank=True,
    )

    image_shapes = {"hero_image": ("hero",)}

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_lead"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("glance_title"), FieldPanel("at_a_glance")],
            heading=_("The camp at a glance"),
        ),
        InlinePanel(
            "featured_innovations",
            heading=_("Featured innovations"),
            label=_("Innovation"),
            help_text=_("Leave empty to show the latest innovations."),
            max_num=6,
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_lead"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "showcase.PartnerIndexPage",
        "showcase.ShowcaseIndexPage",
        "news.NewsIndexPage",
        "news.PressKitPage",
    ]
    max_count = 1
    template = "pages/home_page.html"
    served_with = ("hero_image",)

    class Meta:
        verbose_name = _("home page")

    @property
    def listing_summary(self):
        return self.hero_lead

    @property
    def listing_image(self):
        return self.hero_image

    def structured_data(self, request):
        organisation = metadata.with_context(metadata.organisation(request, organisation_logo(request)))
        return [*super().structured_data(request), organisation]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self, request))
        return context


class HomeFeaturedInnovation(Orderable):
    """An innovation the editors chose for the home page."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_innovations")
    innovation = models.ForeignKey(
        "showcase.InnovationPage", verbose_name=_("innovation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("innovation")]


class StandardPage(BasePage):
    """The camp story and other editorial pages, built from blocks."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("body"), blank=True)

    image_shapes = {"hero_image": ("wide",)}

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/standard_page.html"
    served_with = ("hero_image",)

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def listing_summary(self):
        return self.intro

    @property
    def listing_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(self.hero_image, *stream_images(self.body))
        return context
