"""The admin's page search and page chooser work without Wagtail's search index.

The site keeps no Wagtail index (settings: the fallback database backend, so publishing writes
none); the admin's searches match the pages' titles in either language instead."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from tests.factories import translated_page
from tests.helpers import sign_in


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("searcher", "searcher@example.org", "not-a-real-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def page(home):
    return translated_page(StandardPage, home, ("بوابة الحجاج الذكية", "Smart pilgrim gateway"))


def test_no_index_is_kept():
    assert type(get_search_backend()).__module__.endswith("database.fallback")


@pytest.mark.parametrize("query", ["الحجاج الذكية", "pilgrim gateway", "GATEWAY"])
def test_admin_page_search_finds_a_page_by_either_title(client, editor, page, query):
    sign_in(client, editor)
    response = client.get("/admin/pages/search/", {"q": query})
    assert response.status_code == 200
    assert f"/admin/pages/{page.pk}/edit/" in response.content.decode()
    missing = client.get("/admin/pages/search/", {"q": "لا شيء يطابق هذا"})
    assert f"/admin/pages/{page.pk}/edit/" not in missing.content.decode()


@pytest.mark.parametrize("query", ["الحجاج", "pilgrim"])
def test_page_chooser_search_finds_a_page(client, editor, page, query):
    sign_in(client, editor)
    response = client.get("/admin/choose-page/search/", {"q": query})
    assert response.status_code == 200
    assert (
        "بوابة الحجاج الذكية" in response.content.decode()
        or "Smart pilgrim gateway" in response.content.decode()
    )
