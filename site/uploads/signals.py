from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from uploads.renditions import is_paused, prepare_page


@receiver(page_published)
def prepare_renditions_on_publish(sender, instance, **kwargs):
    # After the commit: the renditions belong to what was published, and a failure to make
    # them must not undo the publish.
    if not is_paused():
        transaction.on_commit(lambda: prepare_page(instance))
