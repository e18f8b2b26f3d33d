"""Search cost as the site grows: median time of a fixed set of searches on the demo, then
with 2,000 and 20,000 more pages' index rows bulk-inserted (copies of the demo's entries
under new pages, so common words such as ابتكار grow with the site as they would).

Run from the repository root with the virtualenv active:
    python bin/benchmarks/search.py            # a fresh SQLite file in a temporary folder
    DATABASE_URL=postgres://…/ihc_bench python bin/benchmarks/search.py   # an EMPTY database
Prints one Markdown table: median and slowest time of `search.ranking.search` and of the
whole search page (Django's test client, templates included) over the queries below.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")

QUERIES = [
    ("ar", "ابتكار"),
    ("ar", "الحجاج"),
    ("ar", "منى"),
    ("ar", "مشاريع"),
    ("ar", "عيادة متنقلة"),
    ("ar", "الاستشا"),
    ("en", "innovation"),
    ("en", "pilgrims"),
    ("en", "Haj"),
    ("en", "organisations"),
    ("en", "inovation"),
    ("en", "crowd map"),
]
STEPS = [0, 2_000, 20_000]
ROUNDS = 3


def main():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    rows = []
    added = 0
    for step in STEPS:
        grow(step - added)
        added = step
        rows.append((step, *measure()))
    print("| pages added | search() median ms | search() max ms | page median ms | page max ms |")
    print("|---:|---:|---:|---:|---:|")
    for step, core_median, core_max, page_median, page_max in rows:
        print(f"| {step:,} | {core_median:.1f} | {core_max:.1f} | {page_median:.1f} | {page_max:.1f} |")


def grow(count):
    """`count` new live pages under the home page, each with copies of one demo page's entries
    and key rows, written in bulk."""
    if count <= 0:
        return
    from django.db import transaction
    from wagtail.models import Page

    from search.models import SearchEntry, SearchKey

    home = Page.objects.get(depth=2)
    templates = list(SearchEntry.objects.filter(page__depth__gt=2).order_by("pk"))
    keys = {}
    for key in SearchKey.objects.filter(entry__in=templates):
        keys.setdefault(key.entry_id, []).append(key)
    start = (
        Page.objects.filter(depth=3).count() + Page.objects.filter(path__startswith=home.path).count() + 1000
    )
    for batch in range(0, count, 1000):
        with transaction.atomic():
            pages = []
            for number in range(start + batch, start + min(batch + 1000, count)):
                pages.append(
                    Page(
                        title=f"صفحة {number}",
                        title_ar=f"صفحة {number}",
                        title_en=f"Page {number}",
                        slug=f"bench-{number}",
                        path=home.path + _path_step(number),
                        depth=home.depth + 1,
                        url_path=f"{home.url_path}bench-{number}/",
                        content_type_id=home.content_type_id,
                        locale_id=home.locale_id,
                        live=True,
                    )
                )
            Page.objects.bulk_create(pages)
            pages = Page.objects.filter(slug__in=[page.slug for page in pages]).order_by("pk")
            entries = []
            for index, page in enumerate(pages):
                for template in templates[(index * 2) % len(templates) :][:2]:
                    entries.append(
                        SearchEntry(
                            page=page,
                            language=template.language,
                            title=template.title,
                            title_terms=template.title_terms,
                            body_terms=template.body_terms,
                            text=template.text,
                            title_length=template.title_length,
                            index_format=template.index_format,
                        )
                    )
            # One entry per page and language.
            seen, unique = set(), []
            for entry in entries:
                if (entry.page_id, entry.language) not in seen:
                    seen.add((entry.page_id, entry.language))
                    unique.append(entry)
            SearchEntry.objects.bulk_create(unique, batch_size=500)
            by_key = {(e.title_terms, e.body_terms, e.language): e for e in templates}
            new_keys = []
            for entry in unique:
                template = by_key[(entry.title_terms, entry.body_terms, entry.language)]
                for key in keys.get(template.pk, []):
                    new_keys.append(
                        SearchKey(
                            entry=entry,
                            page_id=entry.page_id,
                            title_length=entry.title_length,
                            language=key.language,
                            key=key.key,
                            title_count=key.title_count,
                            body_count=key.body_count,
                        )
                    )
            SearchKey.objects.bulk_create(new_keys, batch_size=2000)


def _path_step(number):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    for _ in range(4):
        number, rest = divmod(number, 36)
        digits = alphabet[rest] + digits
    return digits


def measure():
    from django.db import connection
    from django.test import Client

    from search.query import Query
    from search.ranking import search

    if connection.vendor == "postgresql":
        # As autovacuum would after such a load: planner statistics, and the visibility map
        # the ranking's index-only scan needs (without it every match is read from the table).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    client = Client(HTTP_HOST="localhost")
    core, page = [], []
    for _round in range(ROUNDS):
        for language, text in QUERIES:
            began = time.perf_counter()
            search(Query.parse(text), language)
            core.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            response = client.get(f"/{language}/search/", {"q": text})
            page.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.status_code
    return statistics.median(core), max(core), statistics.median(page), max(page)


if __name__ == "__main__":
    main()
