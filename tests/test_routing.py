"""Pages are found through one read of the page tree (serving.routing); what a visitor gets
must be what Wagtail's own routing gave: the page, a 404, a routable page's sub-route, a
view restriction, and an untranslated page at its English address."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests import factories
from tests.factories import InnovationFactory, PressKitFactory, ShowcaseIndexFactory, press_asset
from tests.helpers import url_in


@pytest.fixture
def innovation(home):
    """A page two levels below the home page."""
    return InnovationFactory(parent=ShowcaseIndexFactory(parent=home))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_deep_page_is_found_with_a_fixed_number_of_queries(client, innovation, language):
    url = url_in(innovation, language)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].pk == innovation.pk
    # Route, view restrictions, breadcrumbs and menu come from one read of the page tree.
    restriction_reads = [q["sql"] for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert len(restriction_reads) == 1
    assert '"wagtailcore_page"' in restriction_reads[0]


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("tail", ["no-such-page/", "no-such/deeper/page/"])
def test_unknown_paths_are_404(client, innovation, language, tail):
    assert client.get(f"/{language}/{tail}").status_code == 404
    assert client.get(url_in(innovation, language) + tail).status_code == 404


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_other_languages_slug_does_not_route(client, innovation, language):
    other = "en" if language == "ar" else "ar"
    foreign_tail = url_in(innovation, other).split("/", 2)[2]
    assert client.get(f"/{language}/{foreign_tail}").status_code == 404


def test_an_unpublished_page_is_404_in_both_languages(client, innovation):
    urls = [url_in(innovation, code) for code in ("ar", "en")]
    innovation.unpublish()
    assert [client.get(url).status_code for url in urls] == [404, 404]


def test_an_untranslated_page_answers_at_its_english_address(client, home):
    page = factories.translated_page(StandardPage, home, ("صفحة بلا ترجمة", ""))
    english = url_in(page, "en")
    assert english.startswith("/en/")
    response = client.get(english)
    assert response.status_code == 200
    assert response.templates[0].name == "core/untranslated.html"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_routable_pages_sub_route_still_answers(client, home, language):
    kit = PressKitFactory(parent=home, assets=[press_asset("document")])
    response = client.get(url_in(kit, language) + "download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_private_section_stays_private(client, innovation, language):
    PageViewRestriction.objects.create(page=innovation.get_parent(), restriction_type="login")
    response = client.get(url_in(innovation, language))
    assert response.status_code == 302
    assert "next=" in response["Location"]
