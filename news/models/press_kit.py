from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage
from news.models.articles import ArticleKind, NewsArticlePage, NewsroomFeedsMixin
from news.press_zip import press_kit_zip_response
from serving.renditions import prefetch_renditions


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("fact"), max_length=120)
    value = blocks.TextBlock(label=_("detail"))

    class Meta:
        icon = "list-ul"
        label = _("Fact")


class PressKitPage(NewsroomFeedsMixin, RoutablePageMixin, BasePage):
    """The press kit: boilerplate to copy, the fact sheet, media contacts, downloads."""

    boilerplate_short = models.TextField(
        _("short boilerplate"), help_text=_("About 50 words, for the end of an article.")
    )
    boilerplate_long = models.TextField(_("long boilerplate"), help_text=_("About 150 words."))
    fact_sheet = StreamField([("fact", FactBlock())], verbose_name=_("fact sheet"), blank=True)

    def images_to_prepare(self):
        yield from super().images_to_prepare()
        for asset in self.assets.all():
            if asset.image:
                # A logo is also the organisation's logo in structured data (seo.metadata).
                yield asset.image, ("card", "logo") if asset.kind == PressAsset.Kind.LOGO else ("card",)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("boilerplate_short"), FieldPanel("boilerplate_long")],
            heading=_("Boilerplate"),
        ),
        FieldPanel("fact_sheet"),
        InlinePanel("contacts", heading=_("Media contacts"), label=_("Contact")),
        InlinePanel("assets", heading=_("Downloads"), label=_("Asset")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("boilerplate_short"),
        index.SearchField("boilerplate_long"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "pages/press_kit_page.html"

    class Meta:
        verbose_name = _("press kit")

    @property
    def listing_summary(self):
        return self.boilerplate_short

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["assets"] = assets = self.current_assets()
        releases = NewsArticlePage.objects.for_cards().filter(kind=ArticleKind.PRESS_RELEASE)
        context["press_releases"] = releases = list(releases[:5])
        context["contacts"] = list(self.contacts.all())
        prefetch_renditions(*(asset.image for asset in assets), *(article.hero_image for article in releases))
        return context

    def current_assets(self):
        """The downloads in the editors' order, with their files (the page and the ZIP)."""
        assets = PressAsset.objects.filter(page=self).select_related("image", "document")
        return list(assets.order_by("sort_order", "pk"))

    @path("download/", name="download_all")
    def download_all(self, request):
        """Every current asset in one ZIP, built on request, with credits in this language."""
        if not self.is_translated():
            return self.serve(request)
        return press_kit_zip_response(self, request)


class MediaContact(Orderable):
    """A person journalists can call or write to, listed in the press kit."""

    page = ParentalKey(PressKitPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]


class PressAsset(Orderable):
    """A file in the press kit: a logo, a photo (with credit and licence) or a document."""

    class Kind(models.TextChoices):
        LOGO = "logo", _("Logo")
        PHOTO = "photo", _("Photo")
        DOCUMENT = "document", _("Document")

    page = ParentalKey(PressKitPage, on_delete=models.CASCADE, related_name="assets")
    title = models.CharField(_("title"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("kind"), FieldPanel("image"), FieldPanel("document")]

    def clean(self):
        super().clean()
        if bool(self.image_id) == bool(self.document_id):
            raise ValidationError(_("Choose either an image or a document."))

    @property
    def file(self):
        return self.image.file if self.image_id else self.document.file

    @property
    def download_url(self):
        return self.image.file.url if self.image_id else self.document.url

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""

    @property
    def file_size(self):
        source = self.image if self.image_id else self.document
        if source.file_size is None:
            try:
                return source.file.size
            except Exception:  # a missing file, or storage out of reach: the page still renders
                return None
        return source.file_size
