"""Helpers for the metadata, sitemap and feed tests: reading what crawlers read, and making
pages that exist in Arabic only."""

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import extruct
from django.conf import settings

from tests.factories import translated_page
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


def arabic_only(model, parent, slug, title, **fields):
    """A page of `model` under `parent`, published in Arabic with no English title."""
    return translated_page(model, parent, (title, ""), (slug, ""), **fields)


def bilingual(model, parent, slugs, titles, **fields):
    """A page of `model` under `parent`, published in both languages."""
    return translated_page(model, parent, titles, slugs, **fields)
