"""Helper for bin/benchmarks/writes.py (not a benchmark itself): an editor who publishes a new
revision of the camp story page every second through Wagtail's API, and reads the page back
from the running server after each publish to see whether the new text is there. Prints JSON on its last line.

    python bin/benchmarks/_editor.py BASE_URL SECONDS
"""

import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import close_old_connections  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Revision  # noqa: E402

from home.models import StandardPage  # noqa: E402

MARKER = re.compile(r"bench-publish-(\d+)-")


def newest_seen(url):
    """The newest publish number the page shows, read through the benchmark's server."""
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (the bench's loopback server)
        numbers = [int(n) for n in MARKER.findall(response.read().decode())]
    return max(numbers, default=0)


def main(base_url, seconds):
    """Publish on the clock, once a second; each publish is read back in a thread of its own,
    so a slow read does not slow the editor down. A read counts as seen when it shows this
    publish or a later one."""
    page = StandardPage.objects.live().order_by("path").first()
    with translation.override("en"):
        url = base_url + quote(page.get_url(), safe="/%")
    original_en, original_ar = page.intro_en, page.intro_ar
    revisions_before = Revision.page_revisions.filter(object_id=str(page.pk)).count()
    made = failed = 0
    errors, reads = [], []
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=16) as readers:
        for number in range(1, int(seconds) + 1):
            time.sleep(max(0.0, started + number - 1 - time.monotonic()))
            marker = f"bench-publish-{number}-"
            try:
                close_old_connections()
                page = StandardPage.objects.get(pk=page.pk)
                page.intro_en = f"{original_en} {marker}"
                page.intro_ar = f"{original_ar} {marker}"
                page.save_revision(log_action=True).publish()
                made += 1
            except Exception as error:  # noqa: BLE001 - a failed publish is a figure, not a crash
                failed += 1
                errors.append(f"publish: {type(error).__name__}: {error}"[:200])
                continue
            reads.append((number, readers.submit(newest_seen, url)))
    seen = 0
    for number, future in reads:
        try:
            seen += future.result() >= number
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            errors.append(f"read back: {error}"[:200])
    revisions_after = Revision.page_revisions.filter(object_id=str(page.pk)).count()
    print(
        json.dumps(
            {
                "page": url,
                "made": made,
                "failed": failed,
                "seen": seen,
                "revisions_before": revisions_before,
                "revisions_after": revisions_after,
                "lost": made - (revisions_after - revisions_before),
                "errors": errors[:5],
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
