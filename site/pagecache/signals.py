"""Receivers that purge the page cache when content changes.

A page's URLs and what lists it are read twice: from the database just before a full save
(the old slug, the old place in the tree, the old partners and themes) and after the
publish, move or unpublish (the new ones). Both sets are purged.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import SiteSettings, SocialLink
from pagecache.purge import enabled, purge_everything, purge_urls
from pagecache.targets import targets_for


def purge_targets(targets):
    if targets.everything:
        purge_everything()
    purge_urls(targets.paths)


@receiver(pre_save)
def remember_before(sender, instance, raw=False, update_fields=None, **kwargs):
    # Draft saves name their fields; a publish, a move or an unpublish saves the whole row.
    if raw or update_fields is not None or not isinstance(instance, Page) or instance.pk is None:
        return
    if not enabled():
        return
    before = Page.objects.filter(pk=instance.pk).first()
    if before is None or not (before.live or instance.live):
        return
    instance._pagecache_before = targets_for(before.specific)


@receiver(post_save)
def purge_before(sender, instance, **kwargs):
    targets = getattr(instance, "_pagecache_before", None)
    if targets is not None:
        del instance._pagecache_before
        purge_targets(targets)


@receiver(page_published)
@receiver(page_unpublished)
def purge_page(sender, instance, **kwargs):
    if enabled():
        purge_targets(targets_for(instance))


@receiver(post_page_move)
def purge_moved_page(sender, instance, parent_page_before, **kwargs):
    if enabled():
        targets = targets_for(instance.specific)
        targets.add_page(parent_page_before)
        purge_targets(targets)


@receiver(post_save, sender=SiteSettings)
@receiver(post_delete, sender=SiteSettings)
@receiver(post_save, sender=SocialLink)
@receiver(post_delete, sender=SocialLink)
def purge_site_settings(sender, **kwargs):
    # The organisation's name, footer and social links are on every page.
    purge_everything()


@receiver(post_save, sender=get_image_model())
def purge_edited_image(sender, instance, created=False, update_fields=None, **kwargs):
    # A new upload shows nowhere yet; an edited one (alt text, focal point) may show anywhere.
    if not created and update_fields is None:
        purge_everything()


@receiver(post_save, sender=Redirect)
@receiver(post_delete, sender=Redirect)
def purge_redirected_path(sender, instance, **kwargs):
    # The old path may be cached as a 404; Redirect stores it without its trailing slash.
    old = instance.old_path.rstrip("/") or "/"
    purge_urls([old, f"{old}/"])
