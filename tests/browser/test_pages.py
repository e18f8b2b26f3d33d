"""Every page type in both languages, in a real browser against a production-mode server."""

import pytest

from tests.browser.axe import axe_violations
from tests.browser.pages import PAGE_TYPES

pytestmark = pytest.mark.browser

PAGES = [(name, language) for name in PAGE_TYPES for language in ("ar", "en")]
IDS = [f"{name}-{language}" for name, language in PAGES]


def load_everything(page):
    """Load lazy images too, so screenshots and checks see the whole page."""
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize(("name", "language"), PAGES, ids=IDS)
def test_axe_finds_no_violation(new_page, urls, name, language):
    page = new_page()
    page.goto(urls[name][language])
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize(("name", "language"), PAGES, ids=IDS)
def test_no_console_error_and_no_other_host(new_page, urls, name, language):
    page = new_page(width=390)
    page.goto(urls[name][language], wait_until="networkidle")
    load_everything(page)
    assert page.watch.errors == []
    assert page.watch.foreign == []


@pytest.mark.parametrize(("name", "language"), PAGES, ids=IDS)
def test_no_horizontal_scroll_at_320px(new_page, urls, name, language):
    page = new_page(width=320)
    page.goto(urls[name][language])
    load_everything(page)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page is {widths[0]}px wide in a {widths[1]}px window"


@pytest.mark.parametrize(("name", "language"), PAGES, ids=IDS)
def test_screenshots(new_page, urls, screenshots, name, language):
    for width in (390, 1280):
        page = new_page(width=width)
        page.goto(urls[name][language])
        load_everything(page)
        path = screenshots / f"{name}-{language}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 0


@pytest.mark.parametrize(("name", "language"), PAGES, ids=IDS)
def test_one_h1_and_html_lang_dir(new_page, urls, name, language):
    page = new_page()
    page.goto(urls[name][language])
    assert page.locator("h1").count() == 1
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
