from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, KeyFigureBlock
from core.i18n import translated_q
from core.models import BasePage, FilteredIndexPage
from showcase.video import video_embed_url


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PROTOTYPE = "prototype", _("Prototype")
    PILOT = "pilot", _("Pilot")
    IN_SERVICE = "in-service", _("In service")


class InnovationQuerySet(PageQuerySet):
    NEWEST_FIRST = ("-published_on", "-first_published_at", "pk")

    def shown(self, under=None):
        """The innovations a reader may see: live, in the active language, and children of
        the page `under` when it is given.

        The conditions are on the pages, checked per innovation (EXISTS), not on the page
        table joined to this query: with them on the join, SQLite (with ANALYZE statistics)
        reads and sorts every page to list the newest few (17 ms at 20,000 pages); with
        EXISTS it walks innovation_published_idx newest first and stops once the list is
        full (about 1 ms). PostgreSQL plans both alike."""
        pages = Page.objects.live().filter(translated_q())
        if under is not None:
            pages = pages.child_of(under)
        return self.filter(Exists(pages.filter(pk=OuterRef("pk"))))

    def for_cards(self, under=None):
        """`shown(under)` newest first, with what a card shows (the image and the themes)
        fetched alongside."""
        return (
            self.shown(under).select_related("image").prefetch_related("themes").order_by(*self.NEWEST_FIRST)
        )


class InnovationPage(BasePage):
    """One innovation in the showcase: the challenge, the solution, the team and the results."""

    objects = PageManager.from_queryset(InnovationQuerySet)()

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for cards."))
    challenge = RichTextField(
        _("the challenge"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The Hajj or Umrah challenge this innovation addresses."),
    )
    solution = RichTextField(_("the solution"), features=RICH_TEXT_FEATURES)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.IDEA)
    themes = ParentalManyToManyField("showcase.Theme", verbose_name=_("themes"), blank=True)
    partners = ParentalManyToManyField(
        "showcase.PartnerPage",
        verbose_name=_("partners"),
        blank=True,
        related_name="innovations",
    )
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    results = StreamField(
        [("figure", KeyFigureBlock(label=_("Result")))],
        verbose_name=_("key results"),
        blank=True,
    )
    video_url = models.URLField(
        _("video"),
        blank=True,
        help_text=_("A YouTube or Vimeo address. It loads only after the visitor clicks play."),
    )
    published_on = models.DateField(_("date"), null=True, blank=True)

    image_shapes = {"image": ("wide", "card")}

    def images_to_prepare(self):
        yield from super().images_to_prepare()
        for item in self.gallery_images.all():
            yield item.image, ("card",)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("stage"), FieldPanel("themes"), FieldPanel("partners")],
            heading=_("Classification"),
        ),
        FieldPanel("challenge"),
        FieldPanel("solution"),
        FieldPanel("image"),
        InlinePanel("team_members", heading=_("Team"), label=_("Team member")),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("Image")),
        FieldPanel("results"),
        InlinePanel("links", heading=_("Links"), label=_("Link")),
        FieldPanel("video_url"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.FilterField("stage"),
    ]

    parent_page_types = ["showcase.ShowcaseIndexPage"]
    subpage_types = []
    template = "pages/innovation_page.html"
    served_with = ("image",)

    class Meta:
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")
        # The showcase filter counts by stage and lists newest first (showcase.filters); one
        # stage's newest are the first rows of (stage, date), so SQLite stops after a page.
        indexes = [
            models.Index(fields=["stage", "-published_on"], name="innovation_stage_published_idx"),
            models.Index(fields=["-published_on"], name="innovation_published_idx"),
        ]

    def clean(self):
        super().clean()
        if self.video_url and not video_embed_url(self.video_url):
            raise ValidationError({"video_url": _("Use a YouTube or Vimeo address.")})

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_image(self):
        return self.image

    @property
    def video_embed(self):
        return video_embed_url(self.video_url)

    def get_context(self, request, *args, **kwargs):
        # Imported here (a real cycle): the selectors read partners, whose module imports this one.
        from showcase.selectors import innovation_details

        context = super().get_context(request, *args, **kwargs)
        context.update(innovation_details(self))
        return context


class InnovationTeamMember(Orderable):
    """A person on an innovation's team, listed on the innovation page."""

    page = ParentalKey(InnovationPage, on_delete=models.CASCADE, related_name="team_members")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]


class InnovationGalleryImage(Orderable):
    """An image in an innovation's gallery."""

    page = ParentalKey(InnovationPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("core.CustomImage", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class InnovationLink(Orderable):
    """A link from an innovation page (the team's site, a report…)."""

    page = ParentalKey(InnovationPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=160)
    url = models.URLField(_("address"))

    panels = [FieldPanel("title"), FieldPanel("url")]


class ShowcaseIndexPage(FilteredIndexPage):
    """The showcase: every innovation, filtered by theme and stage without JavaScript."""

    per_page = models.PositiveSmallIntegerField(_("innovations per page"), default=12)

    subpage_types = ["showcase.InnovationPage"]
    template = "pages/showcase_index_page.html"
    filter_class = "showcase.filters.ShowcaseFilter"

    class Meta:
        verbose_name = _("showcase")
