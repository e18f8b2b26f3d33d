"""Responsive images: WebP with a JPEG/PNG fallback, width and height set, lazy by default."""

import functools
import logging

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

register = template.Library()
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


def _fallback_format(image):
    # Logos and graphics keep transparency as PNG; photographs fall back to JPEG.
    return "png" if image.file.name.lower().endswith(".png") else "jpeg"


@functools.cache
def rendition_filter(spec):
    """One Filter per spec for the life of the process: Wagtail parses a spec into its
    operations (with argument introspection) once per Filter, and every <picture> on every
    page would otherwise make new ones."""
    return Filter(spec=spec)


def renditions_for(image, shape, fmt):
    filters = [rendition_filter(f"{spec}|format-{fmt}") for spec in SHAPES[shape]]
    return list(image.get_renditions(*filters).values())


@register.simple_tag
def responsive_image(image, shape="wide", sizes="100vw", priority=False, css_class=""):
    """A <picture> for `image` in one of the SHAPES; `priority` for the main image above the fold."""
    if not image:
        return ""
    try:
        webp = renditions_for(image, shape, "webp")
        fallback = renditions_for(image, shape, _fallback_format(image))
    except Exception:  # a missing or broken file must not take the page down
        logger.exception("Could not make renditions for image %s", image.pk)
        return ""
    largest = fallback[-1]
    srcset = ", ".join(f"{r.url} {r.width}w" for r in fallback)
    webp_srcset = ", ".join(f"{r.url} {r.width}w" for r in webp)
    loading = (
        mark_safe(' fetchpriority="high" decoding="async"')
        if priority
        else mark_safe(' loading="lazy" decoding="async"')
    )
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}></picture>',
        webp_srcset,
        sizes,
        largest.url,
        srcset,
        sizes,
        largest.width,
        largest.height,
        image.default_alt_text,
        format_html(' class="{}"', css_class) if css_class else "",
        loading,
    )


@register.simple_tag
def image_url(image, spec, request=None):
    """An absolute URL for one rendition (OpenGraph, JSON-LD)."""
    if not image:
        return ""
    try:
        url = image.get_rendition(rendition_filter(spec)).url
    except Exception:
        logger.exception("Could not make rendition %s for image %s", spec, image.pk)
        return ""
    return request.build_absolute_uri(url) if request else url
