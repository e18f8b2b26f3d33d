"""How fast the site serves: the stylesheet, every page type in both languages with the page
cache on and off, the search pages, and 64 readers on the home page. Prints one Markdown table.

    python bin/benchmarks/serving.py      (or bin/bench serving; BENCH_SECONDS per row, default 3)

Requests per second and the median and 99th-percentile latency come from wrk --latency
(8 connections; 64 on the last rows); "vs static" is the row's rate over the stylesheet's;
queries are counted per page by a helper process (bin/benchmarks/_pages.py).
"""

import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SECONDS, BenchSite, log, machine, markdown_table, wrk  # noqa: E402

HEADERS = [
    "what",
    "lang",
    "page cache",
    "conns",
    "req/s",
    "p50 ms",
    "p99 ms",
    "vs static",
    "queries",
    "errors",
]
READERS = 64


def url_of(path):
    return quote(path, safe="/?=&%")


def measure(site, label, lang, cache, path, static_rps, queries="", connections=8):
    site.warm(url_of(path))
    figures = wrk(site.base_url + url_of(path), connections=connections)
    ratio = f"{figures['rps'] / static_rps:.2f}×" if static_rps else "1.00×"
    return [
        label,
        lang,
        cache,
        connections,
        f"{figures['rps']:.0f}",
        f"{figures['p50']:.1f}",
        f"{figures['p99']:.1f}",
        ratio,
        queries,
        figures["errors"] + figures["timeouts"],
    ], figures


def run():
    rows = []
    with BenchSite("serving") as site:
        taken_on = machine(site)
        for cache, extra_env in (("on", {}), ("off", {"PAGE_CACHE_SECONDS": "0"})):
            entries = site.helper("_pages.py", **extra_env)
            site.start(**extra_env)
            try:
                if not rows:
                    stylesheet = site.static_url("css/site.css")
                    row, figures = measure(site, f"static `{stylesheet}`", "–", "–", stylesheet, 0)
                    static_rps = figures["rps"]
                    rows.append(row)
                for entry in entries:
                    if entry["status"] != 200:
                        log(f"bench: {entry['path']} answered {entry['status']} to the helper")
                    label = entry["page"]
                    row, _ = measure(
                        site, label, entry["lang"], cache, entry["path"], static_rps, entry["queries"]
                    )
                    rows.append(row)
                    log(f"bench: {' | '.join(str(cell) for cell in row)}")
                for home in (entry for entry in entries if entry["page"] == "HomePage"):
                    row, _ = measure(
                        site,
                        "HomePage",
                        home["lang"],
                        cache,
                        home["path"],
                        static_rps,
                        home["queries"],
                        READERS,
                    )
                    rows.append(row)
            finally:
                site.stop()
    print(f"{taken_on}; wrk {SECONDS} s per row, 2 threads; the Procfile's gunicorn.\n")
    print(markdown_table(HEADERS, rows))


if __name__ == "__main__":
    run()
