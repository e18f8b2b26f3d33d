"""Storage out of reach (a closed port, or the moto server stopped): pages still answer 200
(without the images that cannot be had), downloads a 503 page in the reader's language."""

import io
import shutil
import tempfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from wagtail.documents.models import Document

from core.models import CustomImage
from home.demo.images import photo
from news.models import PressKitPage
from tests.factories import DocumentFactory, InnovationFactory, ShowcaseIndexFactory
from tests.helpers import url_in
from tests.s3 import MotoServer, free_port, storage_settings
from tests.uploads.pictures import assert_full_picture, page_urls, pictures
from uploads import health


@pytest.fixture
def unreachable_storage():
    media_root = tempfile.mkdtemp(prefix="ihc-empty-media-")
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with override_settings(MEDIA_ROOT=media_root, **storage_settings(endpoint, "ihc-nowhere")):
        yield
    health.reset()
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture
def stoppable_s3():
    """A moto server of this test's own, to stop halfway; a bucket on it for the uploads."""
    server = MotoServer().start()
    bucket = server.create_bucket("ihc-outage")
    media_root = tempfile.mkdtemp(prefix="ihc-empty-media-")
    with override_settings(MEDIA_ROOT=media_root, **storage_settings(server.url, bucket)):
        yield server
    server.stop()
    health.reset()
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_pages_render_when_storage_is_unreachable(client, filled_pages, unreachable_storage, language):
    # The pages' images have no renditions yet, and their files cannot be read.
    for url in page_urls(filled_pages, language):
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'lang="{language}"' in response.content.decode()
    assert health.is_down()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_press_kit_and_its_zip_do_not_fail_when_storage_is_unreachable(
    client, filled_pages, unreachable_storage, language
):
    press_kit = filled_pages[PressKitPage]  # a logo, a photo and a document
    assert client.get(url_in(press_kit, language)).status_code == 200
    response = client.get(url_in(press_kit, language) + "download/")
    assert response.status_code == 404  # nothing can go into the ZIP: never a 500
    assert f'lang="{language}"' in response.content.decode()


@pytest.fixture
def document():
    """A document saved before the storage goes out of reach."""
    return DocumentFactory()


@pytest.mark.parametrize(("language", "header"), [("ar", "ar"), ("en", "en-GB,en;q=0.9")])
def test_download_is_a_503_page_in_the_readers_language(
    client, document, unreachable_storage, language, header
):
    response = client.get(document.url, HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert f'lang="{language}"' in response.content.decode()


def test_pages_keep_their_prepared_images_when_moto_stops(
    client, home, stoppable_s3, django_capture_on_commit_callbacks
):
    image = CustomImage.objects.create(
        title="Outage image", file=ImageFile(io.BytesIO(photo("outage", size=(160, 90))), name="outage.jpg")
    )
    innovation = InnovationFactory(parent=ShowcaseIndexFactory(parent=home))
    innovation.image = image
    with django_capture_on_commit_callbacks(execute=True):
        innovation.save_revision().publish()
    document = Document.objects.create(title="Outage", file=ContentFile(b"figures", name="outage.txt"))
    stoppable_s3.stop()
    for language in ("ar", "en"):
        response = client.get(url_in(innovation, language))
        assert response.status_code == 200
        hero = next(p for p in pictures(response.content.decode()) if "outage" in p["img"])
        assert_full_picture(hero)
        assert hero["img"].startswith(f"{stoppable_s3.url}/ihc-outage/")
    assert client.get(document.url).status_code == 503
