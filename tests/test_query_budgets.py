"""Listings cost the same number of queries with 10 items as with 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from news.models import NewsIndexPage
from showcase.models import PartnerIndexPage, ShowcaseIndexPage, Theme
from tests import factories
from tests.helpers import url_in


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
    (HomePage, grow_showcase, 30),
    (HomePage, grow_partners, 30),
    (ShowcaseIndexPage, grow_showcase, 30),
    (PartnerIndexPage, grow_partners, 25),
    (NewsIndexPage, grow_news, 25),
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
