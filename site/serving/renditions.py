"""Every rendition a page shows, read in one query.

Without this each listing prefetches its own images' renditions (a query per listing), and
a lone image (a hero, a logo, an image in a StreamField) asks the cache, then the database,
on its own. A page's `get_context` gathers its images and calls `prefetch_renditions` once.
"""

from django.db.models import Prefetch, prefetch_related_objects

from core.image_shapes import MODERN_FORMATS, SHAPES


def prefetch_renditions(*images, shapes=()):
    """Read the renditions of `images` (None and repeats allowed) in one query.

    With `shapes` (names in core.image_shapes.SHAPES), only those shapes' renditions: images
    shown only on cards or as logos skip their detail-page and share sizes, which are most of
    the rows an image has. Only for images the page shows in no other shape: Wagtail takes a
    prefetched list as complete."""
    pending, seen = [], set()
    for image in images:
        if image is None or id(image) in seen:
            continue
        seen.add(id(image))
        if "renditions" not in getattr(image, "_prefetched_objects_cache", {}):
            pending.append(image)
    if not pending:
        return
    lookup = "renditions"
    if shapes:
        wanted = pending[0].get_rendition_model().objects.filter(filter_spec__in=shape_specs(shapes))
        lookup = Prefetch("renditions", queryset=wanted)
    prefetch_related_objects(pending, lookup)


def shape_specs(shapes):
    """Every rendition spec of `shapes`, in every format an image may be shown in."""
    formats = (*MODERN_FORMATS, "jpeg", "png")
    return sorted({f"{spec}|format-{fmt}" for shape in shapes for spec in SHAPES[shape] for fmt in formats})


def stream_images(stream, block_name="image", field="image"):
    """The images of the `block_name` blocks (StructBlocks with an image `field`) in a StreamField."""
    return [block.value[field] for block in stream if block.block_type == block_name and block.value[field]]
