"""Image shapes and responsive images: AVIF and WebP with a JPEG/PNG fallback, width and
height set, lazy by default (the `responsive_image` and `image_url` tags in media_tags).

Renditions are made ahead of the first reader (uploads.renditions, on publish); the tags make
any that are still missing, and a page without them still renders.
"""

import functools
import logging

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

from uploads import health as storage_health

logger = logging.getLogger(__name__)

# Named shapes used across the templates: one list of rendition specs per shape, smallest
# first. Cards and heroes crop to a fixed ratio, so the layout does not shift as they load.
SHAPES = {
    "wide": ["width-480", "width-960", "width-1440"],
    "hero": ["fill-640x360-c80", "fill-1280x720-c80", "fill-1920x1080-c80"],
    "card": ["fill-400x250-c80", "fill-800x500-c80"],
    "square": ["fill-160x160-c80", "fill-320x320-c80"],
    "logo": ["max-160x96", "max-320x192"],
    "og": ["fill-1200x630-c80"],
}


# Modern formats, best first; browsers take the first <source> they read. The <img> carries
# the fallback every browser reads.
MODERN_FORMATS = ("avif", "webp")
# Shapes only metadata uses (link previews): social networks read JPEG and PNG, not AVIF.
FALLBACK_ONLY_SHAPES = {"og"}


def fallback_format(image):
    # Logos and graphics keep transparency as PNG; photographs fall back to JPEG.
    return "png" if image.file.name.lower().endswith(".png") else "jpeg"


def picture_specs(image, shape):
    """{format: [rendition spec, smallest first]} for every format `shape` is shown in."""
    modern = () if shape in FALLBACK_ONLY_SHAPES else MODERN_FORMATS
    formats = (*modern, fallback_format(image))
    return {fmt: [f"{spec}|format-{fmt}" for spec in SHAPES[shape]] for fmt in formats}


@functools.cache
def rendition_filter(spec):
    """One Filter per spec for the life of the process: Wagtail parses a spec into its
    operations (with argument introspection) once per Filter, and every <picture> on every
    page would otherwise make new ones."""
    return Filter(spec=spec)


def renditions_of(image, *specs):
    """{spec: rendition}, one query when not prefetched. While storage is unreachable, only
    renditions that exist already (LookupError if one is missing) and no wait per image."""
    if storage_health.is_down():
        found = {f.spec: r for f, r in image.find_existing_renditions(*map(rendition_filter, specs)).items()}
        if len(found) < len(set(specs)):
            raise LookupError("Storage is unreachable and a rendition is missing.")
        return found
    try:
        return image.get_renditions(*map(rendition_filter, specs))
    except Exception as error:
        storage_health.note_error(error)
        raise


def picture_renditions(image, shape):
    """{format: [renditions, smallest first]} for every format of `shape`."""
    specs = picture_specs(image, shape)
    made = renditions_of(image, *[spec for group in specs.values() for spec in group])
    return {fmt: [made[spec] for spec in group] for fmt, group in specs.items()}


def _srcset(renditions):
    return ", ".join(f"{r.url} {r.width}w" for r in renditions)


def picture_html(image, shape="wide", sizes="100vw", priority=False, css_class=""):
    """A <picture> for `image` in one of the SHAPES; `priority` for the main image above the fold."""
    if not image:
        return ""
    try:
        made = picture_renditions(image, shape)
    except LookupError:  # storage is down and this image has no renditions yet: leave it out
        return ""
    except Exception:  # a missing file or unreachable storage must not take the page down
        logger.exception("Could not make renditions for image %s", image.pk)
        return ""
    fallback = made.pop(fallback_format(image))
    largest = fallback[-1]
    sources = format_html_join(
        "",
        '<source type="image/{}" srcset="{}" sizes="{}">',
        ((fmt, _srcset(group), sizes) for fmt, group in made.items()),
    )
    loading = (
        mark_safe(' fetchpriority="high" decoding="async"')
        if priority
        else mark_safe(' loading="lazy" decoding="async"')
    )
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}></picture>',
        sources,
        largest.url,
        _srcset(fallback),
        sizes,
        largest.width,
        largest.height,
        image.default_alt_text,
        format_html(' class="{}"', css_class) if css_class else "",
        loading,
    )


def rendition_url(image, spec, request=None):
    """An absolute URL for one rendition (OpenGraph, JSON-LD)."""
    if not image:
        return ""
    try:
        url = renditions_of(image, spec)[spec].url
    except Exception:
        logger.exception("Could not make rendition %s for image %s", spec, image.pk)
        return ""
    return request.build_absolute_uri(url) if request else url
