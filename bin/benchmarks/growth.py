"""How the cost of a request grows with the site: the demo, then +2,000 pages, then 20,000.

Run from the repository root with the virtualenv active:

    python bin/benchmarks/growth.py            # SQLite in memory
    DATABASE_URL=postgres://…/ihc_x python bin/benchmarks/growth.py   # uses test_ihc_x

Give each concurrent run its own database name (the test database is created and dropped).

It starts Django in production mode (DEBUG off, page cache off) on a fresh test database
(Django's own test-database creation: `test_<name>`, destroyed at the end), builds the demo,
then grows the showcase and the newsroom with bulk-created bilingual pages (_growth_pages.py)
and prints one Markdown table: the median of 5 requests through Django's test client after a
warm-up, with the query count of the last one, at each size, and the ratio to the demo.
"""

import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT), str(Path(__file__).resolve().parent)]
os.chdir(ROOT)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", "growth-benchmark-only-not-a-secret-" + "x" * 20)
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the work, not the page cache (cache branch)
os.environ.setdefault("LOG_LEVEL", "ERROR")  # no "Not Found" line per measured 404
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="ihc-growth-media-"))

RUNS = 5
SIZES = [("demo", 0), ("+2,000 pages", 2000), ("20,000 pages", 20000)]
if os.environ.get("GROWTH_QUICK"):  # a smoke run of the script itself
    SIZES = [("demo", 0), ("+200 pages", 200)]


def setup():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("collectstatic", interactive=False, verbosity=0)
    connection.original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    call_command("setup_database", verbosity=0)
    from home.demo.build import DemoBuilder

    DemoBuilder(log=lambda *args: None, warm_renditions=False).build()
    return connection


def timed(action):
    """(median ms of RUNS after one warm-up, queries of the last run)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    action()
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            action()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(captured)


def checks():
    """{name: action}: the requests and the write measured at each size."""
    from django.test import Client, override_settings
    from django.utils import translation

    from showcase.models import InnovationPage, ShowcaseIndexPage

    client = Client()
    innovation = InnovationPage.objects.live().order_by("path").first()
    showcase = ShowcaseIndexPage.objects.get()
    with translation.override("ar"):
        page_ar, showcase_ar = innovation.get_url(), showcase.get_url()
    with translation.override("en"):
        page_en = innovation.get_url()

    def get(url, status=200):
        def action():
            response = client.get(url)
            assert response.status_code == status, (url, response.status_code)
            return response

        return action

    def cached(url):
        # The page cache on for this request only: the warm-up run stores the response and
        # the measured runs are served from the cache (Redis with REDIS_URL, else memory).
        def action():
            with override_settings(PAGE_CACHE_SECONDS=300):
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        return action

    def publish():
        page = InnovationPage.objects.get(pk=innovation.pk)
        page.summary_en = page.summary_en.rstrip(".") + "."
        page.save_revision().publish()

    return {
        "search /ar/search/?q=ابتكار": get("/ar/search/?q=ابتكار"),
        "search /en/search/?q=innovation": get("/en/search/?q=innovation"),
        "innovation page (ar)": get(page_ar),
        "innovation page (en)": get(page_en),
        "showcase index (ar)": get(showcase_ar),
        "showcase filtered by stage (ar)": get(showcase_ar + "?stage=pilot"),
        "sitemap index": get("/sitemap.xml"),
        "showcase sitemap, first file (ar), built": get(f"/sitemaps/ar/{showcase.pk}.xml"),
        "showcase sitemap, first file (ar), page cache": cached(f"/sitemaps/ar/{showcase.pk}.xml"),
        "404 under the showcase (ar)": get(showcase_ar + "لا-يوجد/", status=404),
        "publish one innovation": publish,
    }


def main():
    # Migrations and the translation commands print; only the table goes to standard output.
    with contextlib.redirect_stdout(sys.stderr):
        connection = setup()
    from _growth_pages import grow, page_count

    results, notes = {}, []
    for label, target in SIZES:
        if target:
            start = time.perf_counter()
            made = grow(target if label.startswith("+") else target - page_count())
            notes.append(
                f"{label}: built {made:,} pages (bilingual, published, search entries) "
                f"in {time.perf_counter() - start:.0f} s"
            )
            # What autovacuum gives a real database within a minute of such a load (PostgreSQL
            # 13+ vacuums after inserts too): fresh planner statistics (without them PostgreSQL
            # plans for the demo's size) and the visibility map, without which the search's
            # index-only scan reads every matching row from the table as well.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        for name, action in checks().items():
            results.setdefault(name, {})[label] = timed(action)
        notes.append(f"{label}: {page_count():,} pages")

    labels = [label for label, _ in SIZES]
    print(f"Growth benchmark on {connection.vendor}: median of {RUNS} after a warm-up (ms, queries)\n")
    print("| request | " + " | ".join(labels) + " | largest / demo |")
    print("|---" * (len(labels) + 2) + "|")
    for name, row in results.items():
        cells = [f"{row[label][0]:.0f} ms ({row[label][1]} q)" for label in labels]
        ratio = max(row[label][0] for label in labels[1:]) / max(row[labels[0]][0], 0.1)
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio:.1f}x |")
    print()
    for note in notes:
        print(f"- {note}")
    connection.creation.destroy_test_db(connection.original_name, verbosity=0)


if __name__ == "__main__":
    main()
