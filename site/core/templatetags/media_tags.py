"""Responsive image tags, thin wrappers over core.image_shapes."""

from django import template

from core.image_shapes import picture_html, rendition_url

register = template.Library()


@register.simple_tag
def responsive_image(image, shape="wide", sizes="100vw", priority=False, css_class=""):
    """A <picture> for `image` in one of the SHAPES; `priority` for the main image above the fold."""
    return picture_html(image, shape, sizes, priority, css_class)


@register.simple_tag
def image_url(image, spec, request=None):
    """An absolute URL for one rendition (OpenGraph, JSON-LD)."""
    return rendition_url(image, spec, request)
