"""Every page type costs at most 12 queries, in both languages; listings cost the same with
10 items as with 50. Measured on a second visit (the first makes image renditions), with no
page cache in front."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from news.models import NewsIndexPage
from showcase.models import PartnerIndexPage, ShowcaseIndexPage, Theme
from tests import factories
from tests.helpers import page_types, url_in

PAGE_BUDGET = 12


def queries_for(client, url):
    client.get(url)  # the first visit makes image renditions; the budget is for visits after it
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def grow_showcase(count):
    showcase = ShowcaseIndexPage.objects.get()
    themes = list(Theme.objects.all()[:3])
    partners = list(PartnerIndexPage.objects.get().get_children().specific()[:2])
    for _ in range(count):
        factories.innovation(showcase, themes=themes, partners=partners, image=factories.image("i"))


def grow_partners(count):
    index = PartnerIndexPage.objects.get()
    for n in range(count):
        factories.partner(index, kind=["company", "academic"][n % 2], logo=factories.image("p"))


def grow_news(count):
    newsroom = NewsIndexPage.objects.get()
    for _ in range(count):
        factories.article(newsroom, image=factories.image("n"))


def show_all(model):
    """Listings paginate; show every item so the budget covers all of them."""
    page = model.objects.get()
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
def test_listing_queries_do_not_grow_with_items(client, model, grow, budget, language):
    if hasattr(model, "per_page"):
        show_all(model)
    url = url_in(model.objects.get(), language)
    grow(10)
    with_ten = queries_for(client, url)
    grow(40)
    with_fifty = queries_for(client, url)
    assert with_fifty == with_ten
    assert with_ten <= budget


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_page_type_stays_within_the_budget(client, model, language):
    # The demo's pages: the innovation has partners, a team, a gallery, links and related
    # innovations; the article has tags and related articles; the press kit has assets.
    url = url_in(model.objects.live().first(), language)
    assert queries_for(client, url) <= PAGE_BUDGET


@pytest.mark.parametrize("language", ["ar", "en"])
def test_filtered_showcase_stays_within_the_budget(client, language):
    theme = Theme.objects.first()
    url = url_in(ShowcaseIndexPage.objects.get(), language) + f"?theme={theme.slug}&stage=pilot&page=1"
    assert queries_for(client, url) <= PAGE_BUDGET
