"""The front-end benchmark behind bin/audit: Lighthouse (mobile) and axe-core on every page
type in both languages, against a production-mode server, printed as one table.

It measures; it does not pass or fail. Budgets it reports against (issue 5): Lighthouse
performance >= 95, accessibility, best practices and SEO = 100, CLS < 0.05, zero axe
violations, and a first view (HTML + CSS + JS + fonts) under 100 KB transferred.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.browser.axe import axe_violations
from tests.browser.pages import PAGE_TYPES, page_urls
from tests.browser.server import CHROMIUM_ARGS, ProductionServer, chromium_path

LIGHTHOUSE = "lighthouse@12.2.3"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FIRST_VIEW_TYPES = {"Document", "Stylesheet", "Script", "Font"}


def lighthouse(url, chromium, out_dir):
    report = Path(out_dir) / "report.json"
    command = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless " + " ".join(CHROMIUM_ARGS),
    ]
    env = {**os.environ, "CHROME_PATH": chromium}
    # Lighthouse now and then loses its trace (NO_NAVSTART, NO_FCP): try again, twice at most.
    for _attempt in range(3):
        report.unlink(missing_ok=True)
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode == 0 and report.exists():
            return json.loads(report.read_text())
    raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")


def summarise(report):
    scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    by_type = {}
    for request in requests:
        kind = request.get("resourceType") or "Other"
        by_type[kind] = by_type.get(kind, 0) + (request.get("transferSize") or 0)
    failed = [
        audit["id"]
        for audit in audits.values()
        if audit.get("scoreDisplayMode") in {"binary", "numeric"}
        and audit.get("score") is not None
        and audit["score"] < 1
        and audit["id"] in _scored_ids(report)
    ]
    return {
        **scores,
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "html": by_type.get("Document", 0),
        "css": by_type.get("Stylesheet", 0),
        "js": by_type.get("Script", 0),
        "fonts": by_type.get("Font", 0),
        "images": by_type.get("Image", 0),
        "first_view": sum(size for kind, size in by_type.items() if kind in FIRST_VIEW_TYPES),
        "total": sum(by_type.values()),
        "requests": len(requests),
        "failed": failed,
    }


def _scored_ids(report):
    ids = set()
    for category in ("accessibility", "best-practices", "seo"):
        ids.update(ref["id"] for ref in report["categories"][category]["auditRefs"] if ref["weight"])
    return ids


def axe_counts(server, urls, chromium):
    from playwright.sync_api import sync_playwright

    counts = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for name, languages in urls.items():
            for language, path in languages.items():
                page = browser.new_page(viewport={"width": 390, "height": 844})
                page.goto(server.base_url + path)
                counts[name, language] = axe_violations(page)
                page.close()
        browser.close()
    return counts


def kb(size):
    return f"{size / 1024:.1f}"


def print_table(rows):
    header = (
        "| page type | lang | perf | a11y | best pr. | SEO | CLS | LCP s | axe | HTML KB | CSS KB "
        "| JS KB | fonts KB | first view KB | images KB | total KB |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for (name, language), row in rows.items():
        print(
            f"| {name} | {language} | {row['performance']} | {row['accessibility']} "
            f"| {row['best-practices']} | {row['seo']} | {row['cls']:.3f} | {row['lcp']:.2f} "
            f"| {row['axe']} | {kb(row['html'])} | {kb(row['css'])} | {kb(row['js'])} "
            f"| {kb(row['fonts'])} | {kb(row['first_view'])} | {kb(row['images'])} | {kb(row['total'])} |"
        )
    lost = {(n, lang): row["failed"] for (n, lang), row in rows.items() if row["failed"]}
    if lost:
        print("\nAudits that cost points:")
        for (name, language), ids in lost.items():
            print(f"- {name} ({language}): {', '.join(sorted(ids))}")
    axe_lines = {(n, lang): row["axe_lines"] for (n, lang), row in rows.items() if row["axe_lines"]}
    if axe_lines:
        print("\naxe-core violations:")
        for (name, language), lines in axe_lines.items():
            for line in lines:
                print(f"- {name} ({language}): {line}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(PAGE_TYPES), help="page types to measure")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args(argv)
    if not shutil.which("npx"):
        sys.exit("npx (Node.js) is needed to run Lighthouse from the npm registry.")
    chromium = chromium_path()
    rows = {}
    # The benchmark's server uses SQLite whatever DATABASE_URL says: it measures the front end.
    with ProductionServer(database_url="", workers=2) as server:
        urls = page_urls(server.base_url)
        if args.only:
            urls = {name: urls[name] for name in args.only}
        axe = axe_counts(server, urls, chromium)
        for name, languages in urls.items():
            for language, path in languages.items():
                print(f"lighthouse {name} ({language}) {path}", file=sys.stderr)
                with tempfile.TemporaryDirectory() as out_dir:
                    report = lighthouse(server.base_url + path, chromium, out_dir)
                row = summarise(report)
                row["axe_lines"] = axe[name, language]
                row["axe"] = len(axe[name, language])
                rows[name, language] = row
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps({f"{n}-{lang}": row for (n, lang), row in rows.items()}, indent=2))


if __name__ == "__main__":
    main()
