from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.i18n import translated_q
from core.models import BasePage
from serving.renditions import prefetch_renditions
from showcase.models.innovations import InnovationPage


class PartnerKind(models.TextChoices):
    GOVERNMENT = "government", _("Government body")
    NONPROFIT = "nonprofit", _("Endowment or non-profit")
    COMPANY = "company", _("Company")
    ACADEMIC = "academic", _("Academic institution")
    INDIVIDUAL = "individual", _("Individual innovator")


class PartnerQuerySet(PageQuerySet):
    def for_cards(self):
        """Live partners in the active language, in tree order, with their logos."""
        return self.live().filter(translated_q()).select_related("logo").order_by("path")


class PartnerPage(BasePage):
    """A partner's profile: who they are, their role in the camp, the innovations they are in.

    The innovations come from `InnovationPage.partners`: one relation, shown from both sides.
    """

    objects = PageManager.from_queryset(PartnerQuerySet)()

    logo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind of partner"), max_length=20, choices=PartnerKind.choices)
    role = models.CharField(
        _("role in the camp"),
        max_length=160,
        blank=True,
        help_text=_("For example “Official incubator” or “Implementing partner”."),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences for cards."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    website = models.URLField(_("website"), blank=True)

    image_shapes = {"logo": ("logo",)}

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("role"), FieldPanel("logo"), FieldPanel("website")],
            heading=_("Partner"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("role"),
        index.SearchField("summary"),
        index.SearchField("description"),
    ]

    parent_page_types = ["showcase.PartnerIndexPage"]
    subpage_types = []
    template = "pages/partner_page.html"
    served_with = ("logo",)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    @property
    def listing_summary(self):
        return self.summary

    @property
    def listing_image(self):
        return self.logo

    def get_og_image(self):
        # A logo cropped to a 1.91:1 link preview loses its edges; the site's image is used.
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["innovations"] = innovations = list(InnovationPage.objects.for_cards().filter(partners=self))
        prefetch_renditions(self.logo, *(innovation.image for innovation in innovations))
        return context


class PartnerIndexPage(BasePage):
    """The partners page: every partner, grouped by kind."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["showcase.PartnerPage"]
    max_count = 1
    template = "pages/partner_index_page.html"

    class Meta:
        verbose_name = _("partner index")

    @property
    def listing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"] = self.partner_groups()
        return context

    def partner_groups(self):
        """The partners grouped by kind, groups in the order of PartnerKind."""
        partners = list(PartnerPage.objects.for_cards().child_of(self))
        prefetch_renditions(*(partner.logo for partner in partners), shapes=["logo"])
        groups = []
        for kind in PartnerKind:
            members = [partner for partner in partners if partner.kind == kind.value]
            if members:
                groups.append({"kind": kind, "label": kind.label, "partners": members})
        return groups
