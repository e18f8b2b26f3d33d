"""Helper for the benchmarks (not one itself): one page of every type in both languages, the
search pages, and the queries each costs, counted with Django's test client against the
benchmark's database. Prints JSON on its last line.

Each page is fetched twice first (renditions made, caches filled, as on the running server),
then counted, so the figure is what a reader meets in steady state.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402

from home.models import HomePage, StandardPage  # noqa: E402
from news.models import NewsArticlePage, NewsIndexPage, PressKitPage  # noqa: E402
from showcase.models import InnovationPage, PartnerIndexPage, PartnerPage, ShowcaseIndexPage  # noqa: E402

PAGE_TYPES = [
    HomePage,
    StandardPage,
    PartnerIndexPage,
    PartnerPage,
    ShowcaseIndexPage,
    InnovationPage,
    NewsIndexPage,
    NewsArticlePage,
    PressKitPage,
]
SEARCHES = {"ar": "/ar/search/?q=ابتكار", "en": "/en/search/?q=innovation"}


def pages():
    found = []
    for model in PAGE_TYPES:
        page = model.objects.live().order_by("path").first()
        for language in ("ar", "en"):
            with translation.override(language):
                found.append({"page": model.__name__, "lang": language, "path": page.get_url()})
    for language, path in SEARCHES.items():
        found.append({"page": "search", "lang": language, "path": path})
    return found


def count(entries):
    client = Client()
    for entry in entries:
        for _ in range(2):
            client.get(entry["path"])
        with CaptureQueriesContext(connection) as queries:
            response = client.get(entry["path"])
        entry["status"] = response.status_code
        entry["queries"] = len(queries)
    return entries


if __name__ == "__main__":
    print(json.dumps(count(pages()), ensure_ascii=False))
