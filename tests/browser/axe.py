"""axe-core in the page: the copy bundled by the axe-playwright-python package (pinned)."""

from functools import cache
from importlib.resources import files


@cache
def axe_source():
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page):
    """Every axe-core violation on the page (all rules axe runs by default, WCAG 2.2 AA and
    best practices), as short readable lines."""
    page.evaluate(axe_source())
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for violation in result["violations"]:
        targets = [" ".join(node["target"]) for node in violation["nodes"]][:5]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return lines
