from django.dispatch import receiver
from wagtail.signals import page_published

from translations.status import record_publish


@receiver(page_published)
def stamp_translation_status(sender, instance, **kwargs):
    record_publish(instance)
