"""Contact details stay out of every public output; the form is never page-cached and is
the only public page that sets a cookie; a failure half-way leaves nothing behind."""

import pytest
from django.core.cache import caches
from django.test import Client

from core.models import CustomImage
from showcase.models import InnovationPage
from showcase.submissions import services
from showcase.submissions.models import Submission
from tests.helpers import page_types, url_in
from tests.submissions.conftest import form_data, image_bytes

SECRET_EMAIL = "hidden.person@example.org"
SECRET_WORD = "Zanzibarquux"


@pytest.fixture
def submitted(client):
    data = form_data(
        "en", contact_email=SECRET_EMAIL, contact_name=f"{SECRET_WORD} Person", summary=SECRET_WORD
    )
    assert client.post("/en/submit-innovation/", data).status_code == 302
    return Submission.objects.get()


def public_outputs(client):
    from showcase.models import ShowcaseIndexPage

    index = ShowcaseIndexPage.objects.get()
    for language in ("ar", "en"):
        yield client.get(url_in(index, language))
        yield client.get(f"/{language}/feeds/news/")
        yield client.get(f"/sitemaps/{language}/pages.xml")
    yield client.get("/sitemap.xml")


def test_contact_details_in_no_public_output(submitted):
    client = Client()
    page = submitted.page.specific
    for response in public_outputs(client):
        body = response.content.decode()
        assert SECRET_EMAIL not in body and SECRET_WORD not in body
    # Search finds nothing (the page echoes the query, so look for results, not the word).
    for language in ("ar", "en"):
        for query in (SECRET_WORD, SECRET_EMAIL):
            body = client.get(f"/{language}/search/", {"q": query}).content.decode()
            assert 'data-testid="search-results"' not in body
    # The draft itself is not public in either language.
    for language in ("ar", "en"):
        assert client.get(url_in(page, language) or f"/{language}/").content.decode().count(SECRET_WORD) == 0


def test_submission_is_not_a_searchable_model():
    from wagtail.search.index import Indexed

    assert not issubclass(Submission, Indexed)


def test_form_is_never_page_cached(page_cache, client):
    for language in ("ar", "en"):
        for _ in range(2):
            response = client.get(f"/{language}/submit-innovation/")
            assert response.status_code == 200
            assert "X-Page-Cache" not in response
            assert "no-store" in response["Cache-Control"]
            assert "csrftoken" in response.cookies
    refused = client.post("/en/submit-innovation/", {"name": "x"})
    assert "no-store" in refused["Cache-Control"]


def test_no_other_public_page_sets_a_cookie(filled_pages):
    from django.apps import apps

    client = Client()
    for model in page_types():
        page = filled_pages[model]
        for language in ("ar", "en"):
            response = client.get(url_in(page, language))
            assert not response.cookies, (model.__name__, language, response.cookies)
    for path in ("/ar/submit-innovation/thanks/", "/en/submit-innovation/privacy/", "/ar/search/?q=x"):
        assert not client.get(path).cookies, path
    assert apps.is_installed("showcase.submissions")


def test_failure_after_the_page_is_made_leaves_nothing(client, monkeypatch, settings, tmp_path):
    from django.core.files.storage import default_storage

    pages, images, records = (
        InnovationPage.objects.count(),
        CustomImage.objects.count(),
        Submission.objects.count(),
    )
    files_before = stored_originals(default_storage)

    def broken(page):
        assert InnovationPage.objects.filter(pk=page.pk).exists()  # the page was made...
        raise RuntimeError("workflow storage failed")

    monkeypatch.setattr(services, "start_moderation", broken)
    from django.core.files.uploadedfile import SimpleUploadedFile

    from showcase.submissions.forms import SubmissionForm

    form = SubmissionForm(form_data("ar"), {"image": SimpleUploadedFile("a.png", image_bytes())})
    assert form.is_valid(), form.errors
    with pytest.raises(RuntimeError):
        services.create_submission(form, "nonce-1")
    # ...and nothing is left: no page, no image row, no image file, no record.
    assert InnovationPage.objects.count() == pages
    assert CustomImage.objects.count() == images
    assert Submission.objects.count() == records
    assert stored_originals(default_storage) == files_before


def stored_originals(storage):
    return set(storage.listdir("original_images")[1]) if storage.exists("original_images") else set()


@pytest.fixture
def page_cache(settings):
    from pagecache import store

    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    store.reset_health()
    yield
    caches["pages"].clear()
    store.reset_health()
