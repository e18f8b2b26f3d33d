"""Helpers for the metadata, sitemap and feed tests: reading what crawlers read, and making
pages that exist in Arabic only."""

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import extruct
from django.conf import settings
from django.utils import translation

from tests.helpers import parse

BASE = "http://testserver"
ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")


def extract(response, url):
    """OpenGraph properties (name -> list of values) and JSON-LD objects, as extruct reads them."""
    data = extruct.extract(
        response.content.decode(), base_url=BASE + url, syntaxes=["opengraph", "json-ld"], uniform=False
    )
    og = defaultdict(list)
    for block in data["opengraph"]:
        for name, value in block["properties"]:
            og[name].append(value)
    return dict(og), data["json-ld"]


def meta_named(response, name):
    return [m.get("content", "") for m in parse(response).metas if m.get("name") == name]


def title_text(response):
    match = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
    return match.group(1).strip() if match else ""


def media_file(url):
    """The file behind an absolute /media/ URL of the test server."""
    parts = urlsplit(url)
    assert parts.scheme == "http" and parts.netloc == "testserver", url
    assert parts.path.startswith(settings.MEDIA_URL), url
    return Path(settings.MEDIA_ROOT) / unquote(parts.path.removeprefix(settings.MEDIA_URL))


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def arabic_only(model, parent, slug, title, **fields):
    """A page of `model` under `parent`, published in Arabic with no English title."""
    with translation.override("ar"):
        page = model(title=title, title_ar=title, title_en="", slug=slug, slug_ar=slug, slug_en="", **fields)
        return publish_child(parent, page)


def bilingual(model, parent, slugs, titles, **fields):
    """A page of `model` under `parent`, published in both languages."""
    with translation.override("ar"):
        page = model(
            title=titles[0],
            title_ar=titles[0],
            title_en=titles[1],
            slug=slugs[0],
            slug_ar=slugs[0],
            slug_en=slugs[1],
            **fields,
        )
        return publish_child(parent, page)
