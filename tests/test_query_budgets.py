"""Every page type costs at most 12 queries, in both languages; listings cost the same with
10 items as with 50. Measured on a second visit (the first makes image renditions), with no
page cache in front."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from news.models import NewsIndexPage
from showcase.models import InnovationPage, PartnerIndexPage, PartnerPage, ShowcaseIndexPage
from tests import factories
from tests.helpers import page_types, url_in

PAGE_BUDGET = 12


def queries_for(client, url):
    client.get(url)  # the first visit makes image renditions; the budget is for visits after it
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# Each grows a section of the filled pages (tests/filled_pages.py) by `count` items.


def grow_showcase(pages, count):
    themes = [factories.ThemeFactory() for _ in range(3)]
    partners = [pages[PartnerPage], factories.partner(pages[PartnerIndexPage])]
    for _ in range(count):
        factories.innovation(
            pages[ShowcaseIndexPage], themes=themes, partners=partners, image=factories.image("i")
        )


def grow_partners(pages, count):
    for n in range(count):
        factories.partner(
            pages[PartnerIndexPage], kind=["company", "academic"][n % 2], logo=factories.image("p")
        )


def grow_news(pages, count):
    for _ in range(count):
        factories.article(pages[NewsIndexPage], image=factories.image("n"))


def show_all(page):
    """Listings paginate; show every item so the budget covers all of them."""
    page.per_page = 500
    page.save_revision().publish()


LISTINGS = [
    (HomePage, grow_showcase, PAGE_BUDGET),
    (HomePage, grow_partners, PAGE_BUDGET),
    (ShowcaseIndexPage, grow_showcase, PAGE_BUDGET),
    (PartnerIndexPage, grow_partners, PAGE_BUDGET),
    (NewsIndexPage, grow_news, PAGE_BUDGET),
]


@pytest.mark.parametrize(("model", "grow", "budget"), LISTINGS, ids=lambda v: getattr(v, "__name__", v))
@pytest.mark.parametrize("language", ["ar", "en"])
def test_listing_queries_do_not_grow_with_items(client, filled_pages, model, grow, budget, language):
    listing = filled_pages[model]
    if hasattr(model, "per_page"):
        show_all(listing)
    url = url_in(listing, language)
    grow(filled_pages, 10)
    with_ten = queries_for(client, url)
    grow(filled_pages, 40)
    with_fifty = queries_for(client, url)
    assert with_fifty == with_ten
    assert with_ten <= budget


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_page_type_stays_within_the_budget(client, filled_pages, model, language):
    # Filled pages: the innovation has partners, a team, a gallery, links and a related
    # innovation; the article has tags and a related article; the press kit has assets.
    url = url_in(filled_pages[model], language)
    assert queries_for(client, url) <= PAGE_BUDGET


@pytest.mark.parametrize("language", ["ar", "en"])
def test_filtered_showcase_stays_within_the_budget(client, filled_pages, language):
    theme = filled_pages[InnovationPage].themes.first()  # a pilot's theme, which its sibling shares
    url = url_in(filled_pages[ShowcaseIndexPage], language) + f"?theme={theme.slug}&stage=pilot&page=1"
    assert queries_for(client, url) <= PAGE_BUDGET
