"""Uploads on an S3-compatible bucket (a real moto server on loopback): images uploaded through
the admin, their renditions and documents land in the bucket and nothing on local disk; pages
link the bucket's URLs in both languages."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection

from core.models import CustomImage, CustomRendition
from home.demo.images import photo
from tests.factories import InnovationFactory, ShowcaseIndexFactory
from tests.helpers import sign_in, url_in
from tests.uploads.pictures import assert_full_picture, page_urls, pictures, shrink_images_into, urls_of


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("uploader", "uploader@example.org", "pw")
    return sign_in(client, user)


def upload_image(editor, name="dunes.jpg"):
    data = photo(name, size=(320, 180))
    upload = io.BytesIO(data)
    upload.name = name
    response = editor.post(
        reverse("wagtailimages:add"),
        {
            "title": "Dunes",
            "file": upload,
            "collection": Collection.get_first_root_node().pk,
            "description_ar": "كثبان",
            "description_en": "Dunes",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return CustomImage.objects.get(title="Dunes"), data


@pytest.fixture
def innovation(home):
    return InnovationFactory(parent=ShowcaseIndexFactory(parent=home))


def test_admin_image_upload_and_its_renditions_land_in_the_bucket(
    editor, s3_storage, innovation, django_capture_on_commit_callbacks
):
    image, data = upload_image(editor)
    assert image.file.name in s3_storage.keys()  # noqa: SIM118 (a set of the bucket's keys)
    assert s3_storage.read(image.file.name) == data
    innovation.image = image
    with django_capture_on_commit_callbacks(execute=True):
        innovation.save_revision().publish()
    renditions = list(CustomRendition.objects.filter(image=image))
    assert {r.filter_spec.rsplit("-", 1)[-1] for r in renditions} == {"avif", "webp", "jpeg"}
    assert {r.file.name for r in renditions} <= s3_storage.keys()  # noqa: SIM118 (a set of the bucket's keys)
    assert s3_storage.local_files() == []


def test_admin_document_upload_lands_in_the_bucket_and_is_served_from_it(editor, s3_storage, client):
    upload = io.BytesIO(b"%PDF-1.4 fact sheet")
    upload.name = "facts.pdf"
    response = editor.post(
        reverse("wagtaildocs:add"),
        {"title": "Facts", "file": upload, "collection": Collection.get_first_root_node().pk, "tags": ""},
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Facts")
    assert document.file.name in s3_storage.keys()  # noqa: SIM118 (a set of the bucket's keys)
    client.logout()
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 fact sheet"
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert s3_storage.local_files() == []


def test_every_page_type_links_the_buckets_renditions_made_ahead(client, filled_pages, s3_storage):
    shrink_images_into(s3_storage.previous_media_root)
    # What the release step does: renditions made for every live page.
    call_command("prepare_renditions", stdout=io.StringIO())
    before = CustomRendition.objects.count()
    for url in page_urls(filled_pages, "ar") + page_urls(filled_pages, "en"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        found = pictures(body)
        assert found, f"no image on {url}"
        for picture in found:
            assert_full_picture(picture)
            assert all(u.startswith(s3_storage.url_prefix) for u in urls_of(picture)), picture
        assert "/media/" not in body
        assert s3_storage.server.url in response["Content-Security-Policy"]
    # Every rendition the pages show was made before the first reader came.
    new = CustomRendition.objects.order_by("pk")[before:]
    assert CustomRendition.objects.count() == before, [(r.image.title, r.filter_spec) for r in new]
    assert s3_storage.local_files() == []


def test_renditions_made_on_publish_are_in_the_bucket(
    s3_storage, client, innovation, django_capture_on_commit_callbacks
):
    image = CustomImage.objects.create(
        title="Bucket image",
        file=ImageFile(io.BytesIO(photo("bucket", size=(160, 90))), name="bucket.jpg"),
    )
    innovation.image = image
    with django_capture_on_commit_callbacks(execute=True):
        innovation.save_revision().publish()
    made = CustomRendition.objects.filter(image=image).count()
    for language in ("ar", "en"):
        body = client.get(url_in(innovation, language)).content.decode()
        assert s3_storage.url_prefix + "images/bucket" in body
    assert CustomRendition.objects.filter(image=image).count() == made
    assert s3_storage.local_files() == []
