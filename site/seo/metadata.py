"""What search engines, feed readers and social networks read about a page, in its language.

`page_meta` gathers it once per request and page; components/meta.html renders it. Page types
shape it through small hooks on core.models.BasePage (`get_meta_title`, `get_meta_description`,
`get_og_image`, `og_type`, `get_feed_links`, `structured_data`). Every URL here is absolute.
"""

import html
import json
import logging
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from core.breadcrumbs import breadcrumb_pages
from core.fallbacks import own_language_only
from core.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_CODES,
    OG_LOCALES,
    current_language,
    is_translated,
    page_url_in,
)
from core.image_shapes import SHAPES, renditions_of
from core.models import SiteSettings
from serving.shared import remember
from serving.tree import load_specific

logger = logging.getLogger(__name__)

SCHEMA_CONTEXT = "https://schema.org"
# Search engines show about 155–160 characters of a description, and 110 of a headline.
DESCRIPTION_LENGTH = 160
HEADLINE_LENGTH = 110
# The size social networks crop link previews to (1.91:1).
OG_IMAGE_SPEC = SHAPES["og"][-1]
OG_IMAGE_SIZE = (1200, 630)
LOGO_SPEC = SHAPES["logo"][-1]

_BLOCK_END = re.compile(r"(</(?:p|div|li|h[1-6]|blockquote|figcaption|dd|dt)>|<br\s*/?>)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# What json_script escapes, so a value can never close the <script> element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(value, limit=DESCRIPTION_LENGTH):
    """`value` (text or HTML) as one line of plain text, cut at a word within `limit` characters."""
    text = _BLOCK_END.sub(r"\1 ", str(value or ""))
    text = _SPACES.sub(" ", html.unescape(strip_tags(text))).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:،؛-–—") + "…"


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def site_root(request):
    """The home page of the request's site (generic: enough for its URL)."""
    site = Site.find_for_request(request)
    return site.root_page if site else None


def site_root_specific(request):
    """The home page of the request's site, specific, with its images (cached on it)."""
    root = site_root(request)
    return load_specific(root) if root is not None else None


def page_url(request, page, language=None):
    return absolute(request, page_url_in(page, language or current_language(), request))


# -- Images --------------------------------------------------------------------------------


def _image_format(image):
    # Logos and graphics keep transparency as PNG; photographs are JPEG, which every
    # social network reads (not all read WebP).
    return "png" if image.file.name.lower().endswith(".png") else "jpeg"


def image_data(request, image, spec):
    """One rendition of `image` as `url`, `width`, `height`, `type`; None if it cannot be made."""
    fmt = _image_format(image)
    try:
        spec = f"{spec}|format-{fmt}"
        rendition = renditions_of(image, spec)[spec]
    except Exception:  # a missing or broken file must not take the page down
        logger.exception("Could not make rendition %s for image %s", spec, image.pk)
        return None
    return {
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "type": f"image/{fmt}",
    }


def image_alt(image, fallback=""):
    """The image's alt text in the active language (never the other language's)."""
    with own_language_only():
        return image.description or fallback


def fills_og_size(image):
    # Wagtail's fill crops but never enlarges: a smaller source makes a smaller preview.
    width, height = OG_IMAGE_SIZE
    return bool(image.width and image.height and image.width >= width and image.height >= height)


def _og_data(request, image, alt_fallback):
    data = image_data(request, image, OG_IMAGE_SPEC)
    if data:
        data["alt"] = image_alt(image, alt_fallback)
    return data


def og_image(request, page, alt_fallback=""):
    """The page's share image at 1200×630, else the home page's, else any image there is."""
    own = page.get_og_image()
    if own and fills_og_size(own):
        return _og_data(request, own, alt_fallback)
    # The home page is read only when the page's own image will not do, and then once per
    # process until content changes (most pages share it).
    root = site_root(request)
    if root is None or root.pk == page.pk:
        return _og_data(request, own, alt_fallback) if own else None
    name = ("og-fallback", request.scheme, current_language(), own.pk if own else None)
    data = remember(request, name, lambda: _fallback_og_data(request, own))
    if not data:
        return None
    return {**data, "alt": data["alt"] or alt_fallback}


def _fallback_og_data(request, own):
    fallback = site_root_specific(request).get_og_image()
    chosen = fallback if fallback and fills_og_size(fallback) else (own or fallback)
    return _og_data(request, chosen, "") if chosen else None


# -- The page's metadata -------------------------------------------------------------------


def site_name(request):
    # The header's name too (components/site_header.html): without an English name in the
    # settings, English pages, feeds and previews say the camp's name in English.
    return SiteSettings.for_request(request).organisation_name or gettext("Innovative Hajj Camp")


def default_description(request):
    with own_language_only():
        return SiteSettings.for_request(request).tagline


def page_meta(request, page):
    """Title, description, URLs, OpenGraph image and feeds of `page` in the active language.

    None for a page that does not exist in the active language: its URL there only shows a
    notice (noindex), which must not be described with the other language's content.
    """
    language = current_language()
    cache_attr = f"_seo_meta_{page.pk}_{language}"
    if hasattr(request, cache_attr):
        return getattr(request, cache_attr)
    meta = None
    if is_translated(page, language):
        title = plain_text(page.get_meta_title(), limit=200)
        description = (
            plain_text(page.get_meta_description()) or plain_text(default_description(request)) or title
        )
        meta = {
            "language": language,
            "title": title,
            "description": description,
            "url": page_url(request, page, language),
            "type": page.og_type,
            "site_name": site_name(request),
            "locale": OG_LOCALES[language],
            "alternate_locales": [
                OG_LOCALES[code] for code in LANGUAGE_CODES if code != language and is_translated(page, code)
            ],
            "image": og_image(request, page, alt_fallback=title),
            "published_time": getattr(page, "published_at", None),
            "modified_time": getattr(page, "modified_at", None),
            "feeds": page.get_feed_links(request),
        }
    setattr(request, cache_attr, meta)
    return meta


# -- JSON-LD -------------------------------------------------------------------------------


def json_ld_script(data):
    """A `<script type="application/ld+json">`, escaped like Django's json_script."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped by translate)
    )


def breadcrumb_list(request, page):
    """A BreadcrumbList from the home page down to `page`; None on the home page itself."""
    # The same (per-request cached) trail the visible breadcrumbs show.
    crumbs = breadcrumb_pages(request, page)
    if not crumbs:
        return None
    # Structured data cannot mark a name's language: an ancestor not in this one is left out.
    trail = [(crumb["title"], absolute(request, crumb["url"])) for crumb in crumbs if not crumb["lang"]]
    trail.append((page.title, page_url(request, page)))
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def organisation(request, logo=None):
    """The organisation behind the site (schema.org Organization), without `@context`.

    `logo` is an image (the sections decide which); social links become `sameAs`.
    """
    settings = SiteSettings.for_request(request)
    root = site_root(request)
    url = page_url(request, root) if root else absolute(request, f"/{current_language()}/")
    # One identifier in both languages: the same organisation, whichever page names it.
    home_default = page_url(request, root, DEFAULT_LANGUAGE) if root else url
    data = {
        "@type": "Organization",
        "@id": f"{home_default}#organization",
        "name": settings.organisation_name,
        "url": url,
    }
    logo_data = image_data(request, logo, LOGO_SPEC) if logo else None
    if logo_data:
        data["logo"] = {
            "@type": "ImageObject",
            "url": logo_data["url"],
            "width": logo_data["width"],
            "height": logo_data["height"],
        }
    same_as = [link.url for link in settings.social_links.all()]
    if same_as:
        data["sameAs"] = same_as
    return data


def with_context(data):
    return {"@context": SCHEMA_CONTEXT, **data}


def article(request, page, *, publisher, published, modified, schema_type="NewsArticle", section=""):
    """A schema.org Article (NewsArticle by default) for `page` in the active language."""
    meta = page_meta(request, page)
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": schema_type,
        "headline": plain_text(meta["title"], HEADLINE_LENGTH),
        "description": meta["description"],
        "inLanguage": meta["language"],
        "url": meta["url"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
        "datePublished": published.isoformat(),
        "dateModified": max(modified, published).isoformat(),
        "publisher": publisher,
        "author": {key: publisher[key] for key in ("@type", "@id", "name", "url")},
    }
    if section:
        data["articleSection"] = str(section)
    if meta["image"]:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": meta["image"]["url"],
                "width": meta["image"]["width"],
                "height": meta["image"]["height"],
            }
        ]
    return data
