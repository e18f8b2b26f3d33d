"""Odd requests never make one visitor's response another's wrong page."""

import pytest

from tests.factories import InnovationFactory, ShowcaseIndexFactory, ThemeFactory
from tests.helpers import url_in
from tests.pagecache.reading import fetch

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def theme():
    return ThemeFactory()


@pytest.fixture
def showcase(home, theme):
    """A showcase with an idea in the theme, and a pilot outside it."""
    index = ShowcaseIndexFactory(parent=home)
    InnovationFactory(parent=index, stage="idea", themes=[theme])
    InnovationFactory(parent=index, stage="pilot")
    return index


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tracking_parameters_share_the_clean_urls_entry(client, showcase, language):
    url = url_in(showcase, language)
    clean, _ = fetch(client, url)
    tracked, hit = fetch(client, f"{url}?utm_source=news&utm_campaign=x&fbclid=abc&gclid=1")
    assert hit and tracked.content == clean.content
    # The view never saw them either: a miss with them renders the clean URL's links.
    other = url_in(showcase, "ar" if language == "en" else "en")
    fresh, fresh_hit = fetch(client, f"{other}?utm_source=<b>evil</b>")
    assert not fresh_hit and "utm_source" not in fresh.content.decode()
    assert "evil" not in fresh.content.decode()


def test_filters_and_pages_are_variants_of_their_own(client, showcase, theme):
    url = url_in(showcase, "en")
    everything, _ = fetch(client, url)
    filtered, hit = fetch(client, f"{url}?theme={theme.slug}")
    assert not hit and filtered.content != everything.content
    # The same filters in another order are the same page.
    first, _ = fetch(client, f"{url}?theme={theme.slug}&stage=idea")
    second, hit = fetch(client, f"{url}?stage=idea&theme={theme.slug}")
    assert hit and second.content == first.content


@pytest.mark.parametrize("query", ["?page=abc", "?page=999999", "?theme=%00%ff", "?page=1&page=2"])
def test_odd_query_strings_never_poison_the_clean_page(client, showcase, query):
    url = url_in(showcase, "ar")
    clean, _ = fetch(client, url)
    odd = client.get(f"{url}{query}")
    assert odd.status_code in (200, 400, 404)
    again, hit = fetch(client, url)
    assert hit and again.content == clean.content


def test_a_host_outside_allowed_hosts_is_refused_and_stores_nothing(client, showcase):
    url = url_in(showcase, "en")
    response = client.get(url, HTTP_HOST="evil.example")
    assert response.status_code == 400
    _, hit = fetch(client, url)
    assert not hit


def test_x_forwarded_host_cannot_file_a_page_under_its_name(client, showcase):
    url = url_in(showcase, "en")
    forged, _ = fetch(client, url, HTTP_X_FORWARDED_HOST="evil.example")
    assert "evil.example" not in forged.content.decode()
    honest, hit = fetch(client, url)
    assert hit and honest.content == forged.content
    assert "evil.example" not in honest.content.decode()


def test_a_long_query_string_is_served_uncached(client, showcase):
    url = f"{url_in(showcase, 'en')}?q={'x' * 600}"
    client.get(url)
    response, hit = fetch(client, url)
    assert response.status_code in (200, 404) and not hit
