"""The showcase index: filters by theme and stage on the server, counts, pagination."""

import re

import pytest

from showcase.models import InnovationPage, Theme
from tests.factories import InnovationFactory, ShowcaseIndexFactory, ThemeFactory
from tests.helpers import parse, url_in


@pytest.fixture
def themes():
    return {name: ThemeFactory() for name in ("health", "food", "mobility")}


@pytest.fixture
def showcase(bare_home, themes):
    """Seven innovations over three themes and every stage but one."""
    index = ShowcaseIndexFactory(parent=bare_home)
    health, food, mobility = themes["health"], themes["food"], themes["mobility"]
    for stage, tagged in [
        ("idea", [health]),
        ("pilot", [health, food]),
        ("in-service", [health]),
        ("in-service", [food, mobility]),
        ("prototype", [mobility]),
        ("pilot", [food]),
        ("idea", []),
    ]:
        InnovationFactory(parent=index, stage=stage, themes=tagged)
    return index


def listed_titles(response):
    block = response.content.decode().split('data-testid="innovation-list"', 1)
    if len(block) < 2:
        return set()
    return set(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', block[1]))


def result_count(response):
    match = re.search(r'data-testid="result-count">\s*(\d+)', response.content.decode())
    return int(match.group(1))


def expected(language, **filters):
    pages = InnovationPage.objects.live()
    if "themes" in filters:
        pages = pages.filter(themes__slug__in=filters["themes"]).distinct()
    if "stages" in filters:
        pages = pages.filter(stage__in=filters["stages"])
    return {getattr(page, f"title_{language}") for page in pages}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_unfiltered_lists_everything(client, showcase, language):
    response = client.get(url_in(showcase, language), {"page": "1"})
    assert result_count(response) == InnovationPage.objects.live().count()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_by_one_theme(client, showcase, themes, language):
    health = themes["health"].slug
    response = client.get(url_in(showcase, language), {"theme": health})
    assert result_count(response) == len(expected(language, themes=[health]))
    assert listed_titles(response) == expected(language, themes=[health])


def test_several_themes_widen_and_a_stage_narrows(client, showcase, themes):
    url = url_in(showcase, "en")
    two = [themes["health"].slug, themes["food"].slug]
    both = client.get(url, {"theme": two})
    assert listed_titles(both) == expected("en", themes=two)
    narrowed = client.get(url, {"theme": two, "stage": "in-service"})
    assert listed_titles(narrowed) == expected("en", themes=two, stages=["in-service"])
    assert 0 < len(listed_titles(narrowed)) < len(listed_titles(both))


def test_several_stages(client, showcase):
    response = client.get(url_in(showcase, "ar"), {"stage": ["idea", "pilot"]})
    assert listed_titles(response) == expected("ar", stages=["idea", "pilot"])


def test_counts_per_option_follow_the_other_filter(client, showcase):
    response = client.get(url_in(showcase, "en"), {"stage": "pilot"})
    body = response.content.decode()
    for theme in Theme.objects.all():
        count = InnovationPage.objects.live().filter(stage="pilot", themes=theme).count()
        label = re.escape(theme.title_en)
        pattern = rf'value="{theme.slug}"[^>]*>\s*{label}\s*<span class="filters__count">\({count}\)'
        assert re.search(pattern, body), theme.slug


def test_selected_options_stay_checked_for_a_shareable_url(client, showcase, themes):
    mobility = themes["mobility"].slug
    response = client.get(url_in(showcase, "en"), {"theme": mobility, "stage": "prototype"})
    body = response.content.decode()
    assert re.search(rf'name="theme" value="{mobility}" checked', body)
    assert re.search(r'name="stage" value="prototype" checked', body)


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "no-such-theme"},
        {"stage": "finished"},
        {"theme": "<script>alert(1)</script>"},
        {"theme": ["health"] * 500},
        {"stage": "' OR 1=1 --"},
    ],
)
def test_unknown_or_malformed_values_are_ignored_with_a_note(client, showcase, query):
    response = client.get(url_in(showcase, "en"), query)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    if query.get("theme") != ["health"] * 500:
        assert "were not recognised" in body
        assert result_count(response) == InnovationPage.objects.live().count()


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "9" * 40])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_bad_page_numbers_are_a_404_in_the_visitors_language(client, showcase, page, language):
    response = client.get(url_in(showcase, language), {"page": page})
    assert response.status_code == 404
    assert parse(response).html_attrs["lang"] == language


def test_pagination_keeps_the_filters(client, showcase, themes):
    showcase.per_page = 2
    showcase.save_revision().publish()
    health = themes["health"].slug
    response = client.get(url_in(showcase, "en"), {"theme": health})
    body = response.content.decode()
    assert f'rel="next" href="?theme={health}&amp;page=2"' in body
    second = client.get(url_in(showcase, "en"), {"theme": health, "page": "2"})
    assert second.status_code == 200
    assert listed_titles(second).isdisjoint(listed_titles(response))


def test_filters_work_as_a_plain_get_form(client, showcase):
    body = client.get(url_in(showcase, "ar")).content.decode()
    form = re.search(r'<form class="filters" method="get" action="([^"]+)"', body)
    assert form and form.group(1) == url_in(showcase, "ar")
    assert 'type="checkbox" name="theme"' in body
    assert 'type="submit"' in body
