"""Editors' uploads: size limits, and decompression bombs refused with a clear message."""

import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from core.models import CustomImage
from tests.helpers import sign_in
from tests.signin.conftest import make_editor


def png(width, height, payload=b"\x00" * 16):
    """A small PNG whose header declares `width` × `height` pixels (the data is not there)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(payload))
        + chunk(b"IEND", b"")
    )


def real_png(size=(4, 4)):
    from io import BytesIO

    out = BytesIO()
    PILImage.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def editor_in(client):
    def signed_in(language):
        return sign_in(client, make_editor(f"editor-{language}", language=language))

    return signed_in


def upload_image(client, content, name="photo.png"):
    return client.post(
        "/admin/images/add/",
        {"title": "upload", "file": SimpleUploadedFile(name, content, "image/png"), "collection": 1},
    )


def upload_images(client, content, name="photo.png"):
    """The drag-and-drop uploader: JSON answers, one per file."""
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content, "image/png")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


MESSAGES = {"ar": "عدد كبير جدًا من البكسل", "en": "too many pixels"}


def test_the_bomb_really_declares_ten_billion_pixels():
    from io import BytesIO

    bomb = png(100_000, 100_000)
    assert len(bomb) < 200
    with pytest.raises(PILImage.DecompressionBombError):
        PILImage.open(BytesIO(bomb))


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("size", [(100_000, 100_000), (8_000, 8_000)])
def test_a_decompression_bomb_is_refused_in_the_admin_language(editor_in, language, size):
    client = editor_in(language)
    response = upload_image(client, png(*size))
    assert response.status_code == 200  # the form again, with the error
    assert MESSAGES[language] in response.content.decode()
    assert not CustomImage.objects.filter(title="upload").exists()


@pytest.mark.parametrize(
    ("language", "message"), [("ar", "لا يمكن قراءة هذه الصورة"), ("en", "This image cannot be read")]
)
@pytest.mark.parametrize("content", [png(1_000, 1_000), png(10, 10)[:40]])
def test_a_corrupt_image_is_refused_not_a_500(editor_in, language, message, content):
    response = upload_image(editor_in(language), content)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_bulk_uploader_refuses_a_bomb_too(editor_in, language):
    response = upload_images(editor_in(language), png(100_000, 100_000))
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert MESSAGES[language] in answer["error_message"]


def test_pillow_itself_refuses_past_twice_the_cap(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == PILImage.MAX_IMAGE_PIXELS == 40_000_000


@pytest.mark.parametrize(("language", "message"), [("ar", "كبير جدًا"), ("en", "This file is too big")])
def test_an_image_over_the_size_limit_is_refused(editor_in, settings, language, message):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(editor_in(language), real_png() + b"\x00" * 2048)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CustomImage.objects.filter(title="upload").exists()


def test_a_normal_image_still_uploads(editor_in):
    response = upload_image(editor_in("en"), real_png())
    assert response.status_code == 302
    assert CustomImage.objects.filter(title="upload").exists()


def upload_document(client, size):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "report",
            "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * size),
            "collection": 1,
        },
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [("ar", "أكبر مستند يمكنك رفعه"), ("en", "The largest document you can upload is")],
)
def test_a_document_over_the_limit_is_refused(editor_in, settings, language, message):
    from wagtail.documents.models import Document

    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 1000
    client = editor_in(language)
    response = upload_document(client, 5000)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.filter(title="report").exists()
    assert upload_document(client, 100).status_code == 302


def test_the_bulk_document_uploader_refuses_too(editor_in, settings):
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 1000
    response = editor_in("en").post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 5000)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is False
    assert "The largest document you can upload is" in response.json()["error_message"]
