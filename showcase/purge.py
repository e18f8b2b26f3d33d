"""What else shows an innovation, a partner or a theme, for the page cache's purge."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site

from pagecache.purge import enabled, purge_urls
from pagecache.targets import page_paths, register, site_wide_paths
from showcase.models import InnovationPage, PartnerPage, ShowcaseIndexPage, Theme


@register(InnovationPage)
def innovation_neighbours(page):
    # A partner's page lists its innovations; innovations sharing a theme show each other
    # as related (cards of the same theme).
    yield from page.partners.all()
    theme_ids = [theme.pk for theme in page.themes.all()]
    if theme_ids:
        yield from InnovationPage.objects.filter(themes__in=theme_ids).exclude(pk=page.pk).distinct()


@register(PartnerPage)
def partner_neighbours(page):
    # An innovation page lists its partners.
    yield from InnovationPage.objects.filter(partners=page.pk)


@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Theme)
def purge_theme(sender, instance, **kwargs):
    if not enabled():
        return
    # Theme names are on every innovation card (showcase, home, partner pages, related
    # innovations) and in the showcase's filter.
    pages = [
        *Page.objects.type(ShowcaseIndexPage, InnovationPage, PartnerPage),
        *Page.objects.filter(pk__in=Site.objects.values("root_page_id")),
    ]
    purge_urls({path for page in pages for path in page_paths(page, with_subpaths=False)} | site_wide_paths())
