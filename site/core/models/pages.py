from django.db import models
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from core.fallbacks import own_language_only
from core.i18n import current_language, is_translated
from editing.forms import ConflictCheckingPageForm
from serving.tree import served_restrictions


def _images_in(value):
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _images_in(child.value)
    elif isinstance(value, dict):  # StructValue
        for child in value.values():
            yield from _images_in(child)
    elif isinstance(value, list | ListValue):
        for child in value:
            yield from _images_in(child)


def stream_images(page):
    """Images in the page's StreamFields, in both languages (image blocks show them "wide")."""
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            yield from _images_in(getattr(page, field.attname))


class BasePage(Page):
    """The base of every public page type: language-aware serving, preview in both languages.

    Subclasses extend `content_panels`, `promote_panels` and `settings_panels` rather than
    redefine them.
    """

    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_("Placeholder made for the demo: replace or delete it before launch."),
    )

    settings_panels = Page.settings_panels + [FieldPanel("is_sample")]
    # Refuses a stale edit form instead of letting it overwrite a newer save (editing.forms).
    base_form_class = ConflictCheckingPageForm

    preview_modes = [("ar", _("Arabic")), ("en", _("English"))]
    default_preview_mode = "ar"

    class Meta:
        abstract = True

    # OpenGraph type of the page (`og:type`); articles say "article".
    og_type = "website"
    # Image foreign keys fetched with the page when it is served (serving.tree.load_specific).
    served_with = ()

    def is_translated(self, language=None):
        return is_translated(self, language)

    # -- Metadata hooks (see seo.metadata). Text is read without modeltranslation's fallback to
    # Arabic: an English page must not describe itself in Arabic in search results.

    def get_meta_title(self):
        """`<title>` and `og:title`: the SEO title of the active language, else the title."""
        with own_language_only():
            return self.seo_title or self.title

    def get_meta_description(self):
        """The editor's search description, else the summary the page shows in listings.

        Returned as written (it may hold HTML); seo.metadata makes it plain text and short.
        """
        with own_language_only():
            return self.search_description or self.listing_summary or ""

    def get_og_image(self):
        """The image that represents the page when shared; None lets seo.metadata fall back."""
        return self.listing_image

    # -- The listing interface: what a card, a search result and the metadata show of a page.
    # Page types override these with properties over their own fields.

    @property
    def listing_summary(self):
        """A sentence or two about the page (plain text or rich text)."""
        return ""

    @property
    def listing_image(self):
        """The image on the page's card, and its share image unless get_og_image says otherwise."""
        return None

    # The images this page shows, by field, and every shape (core.image_shapes.SHAPES)
    # they appear in anywhere on the site: detail page, cards in listings. Publishing makes
    # their renditions ahead of the first reader (uploads.renditions).
    image_shapes = {}

    def images_to_prepare(self):
        """(image, shapes) pairs: the declared images, the share image, images in the body."""
        for field, shapes in self.image_shapes.items():
            image = getattr(self, field, None)
            if image:
                yield image, shapes
        og_image = self.get_og_image()
        if og_image:
            yield og_image, ("og",)
        for image in stream_images(self):
            yield image, ("wide",)

    def get_feed_links(self, request):
        """Atom feeds to announce in `<head>`: dicts with `title` and absolute `url`."""
        return []

    def structured_data(self, request):
        """JSON-LD objects for this page (dicts); below the home page, its breadcrumb trail."""
        # Imported here (a real cycle): seo.metadata reads the site settings from core.models.
        from seo import metadata

        trail = metadata.breadcrumb_list(request, self)
        return [trail] if trail else []

    def get_view_restrictions(self):
        # A page served through the request's page tree already knows which of its
        # ancestors are restricted: no query at all when none is.
        restrictions = served_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def serve(self, request, *args, **kwargs):
        # A page with no English title answers its English URL with a plain notice pointing
        # to the Arabic page, instead of mixing Arabic content into an English layout.
        if not self.is_translated():
            return render(
                request,
                "core/untranslated.html",
                {"page": self, "self": self, "missing_language": current_language()},
            )
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        # Previews open under /admin/, where the fallback stays on; editors must see what
        # readers will (core.fallbacks), so it is off here too.
        with translation.override(mode_name or self.default_preview_mode), own_language_only():
            request.LANGUAGE_CODE = translation.get_language()
            response = self.serve(request)
            if hasattr(response, "render"):
                response.render()
            return response
