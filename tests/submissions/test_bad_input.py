"""Spam traps and every bad input the issue lists: a clear message in the visitor's
language, a 4xx, the answers kept, nothing half-made left behind."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from core.models import CustomImage
from showcase.models import InnovationPage
from showcase.submissions.guards import new_form_token
from showcase.submissions.models import Submission
from tests.submissions.conftest import form_data, image_bytes

LANGUAGES = ["ar", "en"]


def post(client, language, files=None, **changes):
    data = form_data(language, **changes)
    data.update(files or {})
    return client.post(f"/{language}/submit-innovation/", data)


def assert_refused(response, language, *fragments, status=400):
    assert response.status_code == status
    body = response.content.decode()
    assert f'lang="{language}"' in body
    for fragment in fragments:
        assert fragment in body, fragment
    assert Submission.objects.count() == 0


def assert_kept(response, language):
    """What the visitor typed is still in the form."""
    body = response.content.decode()
    for value in ("name", "contact_email", "team"):
        assert form_data(language)[value] in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_honeypot_filled(client, language):
    pages = InnovationPage.objects.count()
    response = post(client, language, homepage="http://spam.example")
    assert_refused(response, language, 'data-testid="form-error"')
    assert InnovationPage.objects.count() == pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_sent_too_fast(client, language):
    response = post(client, language, form_token=new_form_token())
    message = "أسرع" if language == "ar" else "quicker than anyone"
    assert_refused(response, language, message)
    assert_kept(response, language)


@pytest.mark.parametrize("token", ["", "forged", new_form_token.__name__])
def test_missing_or_forged_token(client, token):
    response = post(client, "en", form_token=token)
    assert_refused(response, "en", "This form has expired")


@pytest.mark.parametrize("language", LANGUAGES)
def test_rate_limit_per_address(client, settings, language):
    settings.SUBMISSION_RATE_LIMIT = 2
    for _ in range(2):
        assert post(client, language).status_code == 302
    response = post(client, language)
    assert response.status_code == 429
    assert f'lang="{language}"' in response.content.decode()
    assert 'data-testid="rate-limited"' in response.content.decode()
    assert Submission.objects.count() == 2
    # Another address is not held back.
    other = Client(REMOTE_ADDR="192.0.2.9")
    assert post(other, language).status_code == 302


def test_double_submit_keeps_one(client):
    data = form_data("ar")
    assert client.post("/ar/submit-innovation/", data).status_code == 302
    again = client.post("/ar/submit-innovation/", data)
    assert again.status_code == 409
    assert 'data-testid="already-sent"' in again.content.decode()
    assert Submission.objects.count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_and_script_are_plain_text(client, language):
    attack = '<script>alert("x")</script><b onmouseover=alert(1)>bold</b>'
    response = post(client, language, name=f"Name {attack}", summary=attack, solution=attack, team=attack)
    assert response.status_code == 302
    page = Submission.objects.get().page.specific
    assert getattr(page, f"summary_{language}") == attack  # plain text, shown escaped
    solution = getattr(page, f"solution_{language}")
    assert "<script>" not in solution and "&lt;script&gt;" in solution
    assert "<b " not in solution


@pytest.mark.parametrize("language", LANGUAGES)
def test_ten_thousand_characters(client, language):
    response = post(client, language, challenge="ب" * 10_000)
    assert_refused(response, language, 'data-testid="field-error"')
    assert_kept(response, language)


def test_emoji_and_mixed_scripts(client):
    name = "مظلة 🌂 Smart ظل ☀️ Ωmega"
    response = post(client, "ar", name=name, summary="نص mixed 😀 text")
    assert response.status_code == 302
    page = Submission.objects.get().page.specific
    assert page.title_ar == name and page.summary_ar == "نص mixed 😀 text"


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_an_email_address(client, language):
    response = post(client, language, contact_email="sara at example")
    assert_refused(response, language, 'data-testid="field-error"')


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://x.org/"]
)
def test_javascript_and_other_schemes_refused(client, link):
    assert_refused(post(client, "en", link=link), "en", "Enter a web address starting with https://")


def test_video_link_that_names_no_video(client):
    assert_refused(post(client, "en", link="https://www.youtube.com/channel/abc"), "en", "YouTube or Vimeo")


def test_script_renamed_jpg(client):
    upload = SimpleUploadedFile("photo.jpg", b"#!/bin/sh\nrm -rf /\n", content_type="image/jpeg")
    response = post(client, "en", files={"image": upload})
    assert_refused(response, "en", "not a JPEG, PNG or WebP image")
    assert_kept(response, "en")


def test_svg_refused(client):
    upload = SimpleUploadedFile("x.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')
    assert_refused(post(client, "ar", files={"image": upload}), "ar", 'data-testid="field-error"')


def test_thirty_megabytes(client):
    upload = SimpleUploadedFile("big.jpg", image_bytes("JPEG") + b"\0" * (30 * 1024 * 1024))
    response = post(client, "en", files={"image": upload})
    assert_refused(response, "en", "larger than 5 MB")
    assert_kept(response, "en")


def png_bomb(width=100_000, height=100_000):
    """A tiny PNG that declares 10 billion pixels."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * (width + 1) * 10)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_png_decompression_bomb(client):
    response = post(client, "ar", files={"image": SimpleUploadedFile("bomb.png", png_bomb())})
    assert_refused(response, "ar", 'data-testid="field-error"')
    assert CustomImage.objects.filter(title__contains="مظلة").count() == 0


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_accepted_image_is_reencoded(client, kind):
    from PIL import Image

    original = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret description"
    Image.new("RGB", (40, 30), (1, 2, 3)).save(original, format=kind, exif=exif)
    sent = original.getvalue() + b"trailing data"
    response = post(client, "en", files={"image": SimpleUploadedFile("my photo.bin", sent)})
    assert response.status_code == 302
    image = Submission.objects.get().page.specific.image
    stored = image.file.read()
    assert stored != sent and b"secret description" not in stored and b"trailing data" not in stored
    assert Image.open(io.BytesIO(stored)).format == kind


def test_nul_and_control_characters_are_dropped(client):
    # PostgreSQL refuses NUL in text: it must never get as far as the database.
    response = post(client, "en", summary="bad\x00byte\x07", name="na\x00me")
    assert response.status_code == 302
    page = Submission.objects.get().page.specific
    assert (page.summary_en, page.title_en) == ("badbyte", "name")


def test_missing_consent(client):
    data = form_data("en")
    del data["consent"]
    response = client.post("/en/submit-innovation/", data)
    assert_refused(response, "en", 'data-testid="field-error"')


def test_unknown_stage_and_theme(client):
    assert_refused(post(client, "en", stage="rocket", themes=["999999"]), "en", 'data-testid="field-error"')


def test_line_breaks_in_one_line_fields(client):
    response = post(client, "en", name="Umbrella\r\nBcc: victim@example.org")
    assert response.status_code == 302
    assert Submission.objects.get().page.title_en == "Umbrella Bcc: victim@example.org"


def test_posting_without_csrf_cookie_gets_a_page_in_the_language():
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/ar/submit-innovation/", form_data("ar"))
    assert response.status_code == 403
    assert 'lang="ar"' in response.content.decode()
    assert 'data-testid="form-expired"' in response.content.decode()


def test_with_csrf_cookie_it_goes_through():
    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/en/submit-innovation/")
    token = page.cookies["csrftoken"].value
    response = strict.post("/en/submit-innovation/", {**form_data("en"), "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_many_failed_posts_are_limited_too(client, settings):
    settings.SUBMISSION_POST_LIMIT = 3
    for _ in range(3):
        assert post(client, "en", contact_email="nope").status_code == 400
    assert post(client, "en").status_code == 429
    assert Submission.objects.count() == 0
