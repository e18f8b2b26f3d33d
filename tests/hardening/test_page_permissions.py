"""An editor limited to one section, without publish rights, in the spirit of Wagtail's
security advisories (revision views, revision compare, preview endpoints, page history,
copying, bulk actions): no publishing, and nothing of another section's drafts."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.factories import ArticleFactory, InnovationFactory, NewsIndexFactory, ShowcaseIndexFactory
from tests.helpers import sign_in
from tests.signin.conftest import make_editor

SECRET = "DRAFT-SECRET-7f3a"


@pytest.fixture
def showcase(home):
    return ShowcaseIndexFactory(parent=home, revision=True)


@pytest.fixture
def innovation(showcase):
    """A page of the editor's own section."""
    return InnovationFactory(parent=showcase, revision=True)


@pytest.fixture
def article(home):
    """A page of another section."""
    return ArticleFactory(parent=NewsIndexFactory(parent=home, revision=True), revision=True)


@pytest.fixture
def section_editor(showcase):
    """May add and edit pages in the showcase only; may not publish anywhere."""
    group = Group.objects.create(name="Showcase editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page"]:
        GroupPagePermission.objects.create(
            group=group,
            page=showcase,
            permission=Permission.objects.get(codename=codename),
        )
    user = make_editor("section")
    user.is_superuser = False
    user.save()
    user.groups.add(group)
    return user


@pytest.fixture
def client_in(client, section_editor):
    return sign_in(client, section_editor)


def draft(page, title):
    page.title_ar = page.title_en = title
    return page.save_revision()


@pytest.fixture
def news_draft(article):
    first = article.save_revision()
    second = draft(article, SECRET)
    return article, first, second


def news_urls(article, first, second):
    pk = article.pk
    return [
        f"/admin/pages/{pk}/edit/",
        f"/admin/pages/{pk}/view_draft/",
        f"/admin/pages/{pk}/edit/preview/",
        f"/admin/pages/{pk}/revisions/",
        f"/admin/pages/{pk}/revisions/{second.pk}/view/",
        f"/admin/pages/{pk}/revisions/compare/{first.pk}...{second.pk}/",
        f"/admin/pages/{pk}/revisions/compare/earliest...latest/",
        f"/admin/pages/{pk}/revisions/compare/live...{second.pk}/",
        f"/admin/pages/{pk}/history/",
        f"/admin/pages/{pk}/history/results/",
        f"/admin/pages/{pk}/copy/",
        f"/admin/pages/{pk}/usage/",
        f"/admin/pages/{article.get_parent().pk}/",
    ]


def test_another_sections_drafts_stay_closed(client_in, news_draft):
    for url in news_urls(*news_draft):
        response = client_in.get(url)
        assert response.status_code in {302, 403, 404}, url
        assert SECRET not in response.content.decode(), url


def test_preview_of_another_sections_page_cannot_be_forced(client_in, news_draft):
    """Posting made-up form data to the preview endpoint must not render the page."""
    article = news_draft[0]
    url = f"/admin/pages/{article.pk}/edit/preview/"
    posted = client_in.post(url, {"title_ar": SECRET, "slug_ar": "x"})
    assert posted.status_code in {302, 403}
    shown = client_in.get(url, {"mode": ""})
    assert shown.status_code in {302, 403} and SECRET not in shown.content.decode()


def test_admin_search_and_listings_do_not_show_the_draft(client_in, news_draft):
    for url in ["/admin/pages/search/?q=DRAFT", "/admin/pages/", "/admin/"]:
        assert SECRET not in client_in.get(url).content.decode(), url


def test_the_editor_can_work_in_their_own_section(client_in, innovation):
    """The control: the same account does reach its own pages, so the refusals above mean something."""
    first = innovation.save_revision()
    second = draft(innovation, "مسودة الابتكار")
    assert client_in.get(f"/admin/pages/{innovation.pk}/edit/").status_code == 200
    compare = client_in.get(f"/admin/pages/{innovation.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert compare.status_code == 200 and "مسودة الابتكار" in compare.content.decode()


def test_an_editor_without_publish_rights_cannot_publish(client_in, section_editor, innovation):
    live_title = innovation.title_ar
    revision = draft(innovation, "عنوان لم يُعتمد")
    assert not innovation.permissions_for_user(section_editor).can_publish()
    # The bulk action and unpublishing refuse.
    client_in.post(f"/admin/bulk/wagtailcore/page/publish/?id={innovation.pk}")
    unpublish = client_in.post(f"/admin/pages/{innovation.pk}/unpublish/")
    assert unpublish.status_code in {302, 403}
    innovation.refresh_from_db()
    assert innovation.live and innovation.title_ar == live_title
    assert innovation.live_revision_id != revision.pk


def test_no_publishing_outside_the_section_either(client_in, article):
    assert client_in.post(f"/admin/pages/{article.pk}/unpublish/").status_code in {302, 403}
    article.refresh_from_db()
    assert article.live
