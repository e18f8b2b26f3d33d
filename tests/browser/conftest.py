"""Browser fixtures: one production-mode server and one Chromium for the whole run."""

from pathlib import Path

import pytest

from tests.browser.pages import page_urls
from tests.browser.server import CHROMIUM_ARGS, ProductionServer, chromium_path

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def server():
    with ProductionServer() as running:
        yield running


@pytest.fixture(scope="session")
def urls(server):
    return page_urls(server.base_url)


@pytest.fixture(scope="session")
def chromium():
    try:
        executable = chromium_path()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """What a page did besides rendering: console errors and requests to other hosts."""

    def __init__(self, page, base_url):
        self.errors = []
        self.foreign = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on(
            "request",
            lambda request: (
                request.url.startswith((base_url, "data:", "blob:")) or self.foreign.append(request.url)
            ),
        )


@pytest.fixture
def new_page(chromium, server):
    """Opens a page in a fresh context; `new_page(width=390, javascript=False)`."""
    contexts = []

    def open_page(width=1280, height=900, javascript=True, **options):
        context = chromium.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            base_url=server.base_url,
            **options,
        )
        contexts.append(context)
        page = context.new_page()
        page.watch = PageWatch(page, server.base_url)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshots():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
