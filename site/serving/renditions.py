"""Every rendition a page shows, read in one query.

Without this each listing prefetches its own images' renditions (a query per listing), and
a lone image (a hero, a logo, an image in a StreamField) asks the cache, then the database,
on its own. A page's `get_context` gathers its images and calls `prefetch_renditions` once.
"""

from django.db.models import prefetch_related_objects


def prefetch_renditions(*images):
    """Read the renditions of `images` (None and repeats allowed) in one query."""
    pending, seen = [], set()
    for image in images:
        if image is None or id(image) in seen:
            continue
        seen.add(id(image))
        if "renditions" not in getattr(image, "_prefetched_objects_cache", {}):
            pending.append(image)
    if pending:
        prefetch_related_objects(pending, "renditions")


def stream_images(stream, block_name="image", field="image"):
    """The images of the `block_name` blocks (StructBlocks with an image `field`) in a StreamField."""
    return [block.value[field] for block in stream if block.block_type == block_name and block.value[field]]
