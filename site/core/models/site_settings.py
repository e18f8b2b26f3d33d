from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Organisation details shown in the header, footer and metadata of every page."""

    organisation_name = models.CharField(_("organisation name"), max_length=255)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("tagline")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_address"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("footer_text"),
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def base_queryset(cls):
        # The footer and the Organization metadata both list the social links: read them
        # with the settings, once per request (the settings are cached on the request).
        return super().base_queryset().prefetch_related("social_links")


class SocialLink(Orderable):
    """A link to one of the camp's social accounts, listed in the footer."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    label = models.CharField(_("label"), max_length=100)
    url = models.URLField(_("address"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social link")
