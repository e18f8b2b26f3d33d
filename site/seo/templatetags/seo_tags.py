"""Template tags for the page's metadata in `<head>`, thin wrappers over seo.metadata."""

from django import template
from django.utils.safestring import mark_safe

from core.models import BasePage
from seo import metadata

register = template.Library()


def _page(context):
    page = context.get("page")
    if context.get("request") is None or context.get("is_error_page") or not isinstance(page, BasePage):
        return None
    return page


@register.simple_tag
def meta_title(page):
    """The page's `<title>` text in the active language (SEO title, else title)."""
    if isinstance(page, BasePage):
        return page.get_meta_title()
    return getattr(page, "title", "")


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The current page's metadata (a dict), or None off a page or on an untranslated one."""
    page = _page(context)
    return metadata.page_meta(context["request"], page) if page else None


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD, one `<script type="application/ld+json">` per object."""
    page = _page(context)
    if page is None or metadata.page_meta(context["request"], page) is None:
        return ""
    # JSON-LD is data, not script: it needs no nonce, and a nonce in a cached page would be
    # replayed to every reader (the public policy is `script-src 'self'`).
    scripts = [metadata.json_ld_script(data) for data in page.structured_data(context["request"])]
    return mark_safe("\n".join(scripts))  # noqa: S308 (each script is built with format_html)
