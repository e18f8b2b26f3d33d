"""Direction, language switching, keyboard use and the no-JavaScript paths, in both languages."""

import re
from urllib.parse import unquote

import pytest

from tests.browser.pages import PAGE_TYPES

pytestmark = pytest.mark.browser

LANGUAGES = ["ar", "en"]


def box(locator):
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not visible"
    return found


def path_of(page):
    return unquote(re.sub(r"^https?://[^/]+", "", page.url))


def tab_to(page, selector, limit=60):
    """Press Tab until the focused element matches `selector` (keyboard only, no clicks)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_menu_starts_at_the_reading_edge(new_page, urls, language):
    page = new_page(width=1280)
    page.goto(urls["HomePage"][language])
    width = page.evaluate("document.documentElement.clientWidth")
    items = page.locator("[data-testid=main-menu] > li")
    first, last = box(items.first), box(items.last)
    brand = box(page.locator(".site-header__brand"))
    if language == "ar":
        assert first["x"] > last["x"], "Arabic menu items must run right to left"
        assert brand["x"] + brand["width"] > width / 2, "the Arabic header must start at the right"
        assert first["x"] < brand["x"], "the menu follows the brand, to its left"
    else:
        assert first["x"] < last["x"], "English menu items must run left to right"
        assert brand["x"] < width / 2, "the English header must start at the left"
        assert first["x"] > brand["x"], "the menu follows the brand, to its right"


@pytest.mark.parametrize("language", LANGUAGES)
def test_directional_icons_point_forward(new_page, urls, language):
    """The arrow on a 'forward' link points to the end of the line: left in Arabic."""
    page = new_page(width=1280)
    page.goto(urls["ShowcaseIndexPage"][language])
    link = page.locator(".pagination__next")
    icon = link.locator(".icon-arrow")
    transform = icon.evaluate("element => getComputedStyle(element).transform")
    icon_box, link_box = box(icon), box(link)
    if language == "ar":
        assert transform == "matrix(-1, 0, 0, 1, 0, 0)", "the Arabic arrow is mirrored"
        assert icon_box["x"] < link_box["x"] + link_box["width"] / 2, "and sits at the left end"
    else:
        assert transform == "none"
        assert icon_box["x"] > link_box["x"] + link_box["width"] / 2


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_switcher_lands_on_the_mirror_and_back(new_page, urls, name):
    page = new_page()
    page.goto(urls[name]["en"])
    with page.expect_navigation():
        page.locator("[data-testid=language-switch]").click()
    assert path_of(page) == unquote(urls[name]["ar"])
    assert page.get_attribute("html", "lang") == "ar"
    with page.expect_navigation():
        page.locator("[data-testid=language-switch]").click()
    assert path_of(page) == urls[name]["en"]
    assert page.get_attribute("html", "lang") == "en"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [390, 1280])
def test_keyboard_reaches_and_operates_the_menu(new_page, urls, language, width):
    page = new_page(width=width)
    page.goto(urls["HomePage"][language])
    tab_to(page, ".skip-link")
    if width < 1000:
        # On a phone the menu is a disclosure: open it with the keyboard.
        tab_to(page, ".site-menu__toggle")
        page.keyboard.press("Enter")
        assert page.locator(".site-menu").get_attribute("open") is not None
    tab_to(page, "[data-testid=main-menu] a")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page) == unquote(target)


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_operates_the_switcher(new_page, urls, language):
    page = new_page(width=390)
    page.goto(urls["InnovationPage"][language])
    tab_to(page, "[data-testid=language-switch]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    other = "en" if language == "ar" else "ar"
    assert path_of(page) == unquote(urls["InnovationPage"][other])


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_operates_the_search_form(new_page, urls, language):
    page = new_page(width=1280)
    page.goto(urls["HomePage"][language])
    tab_to(page, "#site-search-q")
    page.keyboard.type("منى" if language == "ar" else "Mina")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    assert path_of(page).startswith(f"/{language}/search/?q=")


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_operates_the_showcase_filters(new_page, urls, language):
    page = new_page(width=390)
    page.goto(urls["ShowcaseIndexPage"][language])
    # On a phone the filters fold behind a disclosure: open it with the keyboard first.
    tab_to(page, ".filters-panel__toggle")
    page.keyboard.press("Enter")
    tab_to(page, "[data-testid=showcase-filters] input[name=theme]")
    value = page.evaluate("document.activeElement.value")
    page.keyboard.press("Space")
    tab_to(page, "[data-testid=showcase-filters] button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]theme="))
    assert f"theme={value}" in page.url
    assert page.locator("[data-testid=showcase-filters] input[name=theme]:checked").count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_operates_the_news_filters(new_page, urls, language):
    page = new_page(width=390)
    page.goto(urls["NewsIndexPage"][language])
    tab_to(page, "[data-testid=news-filters] select[name=kind]")
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen, "the arrow key chose a kind"
    tab_to(page, "[data-testid=news-filters] button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]kind="))
    assert f"kind={chosen}" in page.url


@pytest.mark.parametrize("language", LANGUAGES)
def test_showcase_filters_work_without_javascript(new_page, urls, language):
    page = new_page(width=1280, javascript=False)
    page.goto(urls["ShowcaseIndexPage"][language])
    before = page.locator("[data-testid=result-count]").inner_text()
    page.locator("[data-testid=showcase-filters] input[name=stage]").first.check()
    page.locator("[data-testid=showcase-filters] button[type=submit]").click()
    page.wait_for_url(re.compile(r"[?&]stage="))
    after = page.locator("[data-testid=result-count]").inner_text()
    assert after != before
    count = int(re.search(r"\d+", after).group())
    assert page.locator("[data-testid=innovation-list] article").count() == min(count, 12)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_opens_without_javascript(new_page, urls, language):
    page = new_page(width=390, javascript=False)
    page.goto(urls["HomePage"][language])
    menu = page.locator("[data-testid=main-menu]")
    assert not menu.is_visible()
    page.locator(".site-menu__toggle").click()
    assert menu.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_press_kit_copy_buttons(new_page, urls, language, server):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(urls["PressKitPage"][language])
    button = page.locator("button[data-copy=boilerplate-short]")
    assert button.is_visible(), "the script shows the copy buttons"
    button.focus()
    page.keyboard.press("Enter")
    status = page.locator("[data-copy-status]")
    expected = status.get_attribute("data-copied-text")
    page.wait_for_function(
        "(text) => document.querySelector('[data-copy-status]').textContent === text", arg=expected
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#boilerplate-short").inner_text().strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_copy_buttons_stay_hidden_without_javascript(new_page, urls, language):
    page = new_page(javascript=False)
    page.goto(urls["PressKitPage"][language])
    assert page.locator("button[data-copy]").count() == 2
    assert not page.locator("button[data-copy]").first.is_visible()


def test_video_loads_from_its_host_only_after_a_click(new_page, urls, server):
    """The facade contract: no request to the video host until the visitor presses play.

    The demo innovations have no video, so the facade markup (as innovation_page.html
    renders it) is put into the page's HTML on the way in; the video host is never reached.
    """
    page = new_page()
    video_requests = []
    page.route("https://www.youtube-nocookie.com/**", lambda route: (video_requests.append(1), route.abort()))
    facade = (
        '<section class="video"><h2>Video</h2><div class="video__frame" '
        'data-video-src="https://www.youtube-nocookie.com/embed/abcdefgh?autoplay=1" '
        'data-video-title="Video: demo"><a class="button" href="https://www.youtube.com/watch?v=abcdefgh" '
        "data-video-play>Play</a></div></section>"
    )

    def with_facade(route):
        response = route.fetch()
        # Into the page's own <article>, which closes last (cards are articles too).
        head, _sep, tail = response.text().rpartition("</article>")
        route.fulfill(response=response, body=head + facade + "</article>" + tail)

    page.route(server.base_url + urls["InnovationPage"]["en"], with_facade)
    page.goto(urls["InnovationPage"]["en"], wait_until="networkidle")
    assert page.locator(".video__frame iframe").count() == 0
    assert video_requests == []
    page.locator("a[data-video-play]").click()
    iframe = page.locator(".video__frame iframe")
    assert iframe.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    assert iframe.get_attribute("title") == "Video: demo"
    assert page.url.endswith(urls["InnovationPage"]["en"]), "the click did not leave the page"
