"""Publishing, re-publishing and unpublishing update the search index with no manual step.

Connected in `CoreConfig.ready()`. Deleting a page needs no receiver: `SearchEntry.page`
cascades. Scheduled publishing and expiry go through the same signals.
"""

import logging

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from search.index import index_page, remove_page

logger = logging.getLogger(__name__)


@receiver(page_published, dispatch_uid="search.page_published")
def index_published_page(sender, instance, **kwargs):
    # A page that cannot be indexed must still publish: the editor's work comes first, the
    # error is logged, and `rebuild_search_index` catches up once it is fixed.
    try:
        index_page(instance)
    except Exception:
        logger.exception("Could not index page %s for search", instance.pk)


@receiver(page_unpublished, dispatch_uid="search.page_unpublished")
def remove_unpublished_page(sender, instance, **kwargs):
    remove_page(instance)
