"""Documents go out through Django as attachments with nosniff; a private collection's
document is refused to the public (and left out of the press kit's ZIP)."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from news.models import PressAsset
from tests.factories import PressKitFactory, press_asset
from tests.helpers import sign_in, url_in

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def document(name, data, collection=None):
    doc = Document(title=name, file=ContentFile(data, name=name))
    if collection:
        doc.collection = collection
    doc.save()
    return doc


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Embargoed")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


KINDS = [("logo.svg", SVG), ("page.html", b"<h1>x</h1>"), ("f.pdf", b"%PDF")]


@pytest.mark.parametrize(("name", "data"), KINDS)
def test_documents_are_attachments_never_rendered_inline(client, name, data):
    doc = document(name, data)
    response = client.get(doc.url)
    assert response.status_code == 200
    assert body(response) == data
    assert response["Content-Disposition"].startswith("attachment")
    assert name in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_private_collection_document_is_refused_to_the_public(client, private_collection):
    doc = document("embargoed.txt", b"embargoed figures", private_collection)
    response = client.get(doc.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert b"embargoed figures" not in body(response)


def test_private_collection_document_reaches_editors_and_no_shared_cache(client, private_collection):
    doc = document("embargoed.txt", b"embargoed figures", private_collection)
    editor = get_user_model().objects.create_superuser("docs", "docs@example.org", "pw")
    response = sign_in(client, editor).get(doc.url)
    assert response.status_code == 200
    assert body(response) == b"embargoed figures"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_press_kit_zip_leaves_out_private_documents(client, home, private_collection, language):
    press_kit = PressKitFactory(
        parent=home, assets=[press_asset("photo"), press_asset("document", sort_order=1)]
    )
    doc = document("embargoed.txt", b"embargoed figures", private_collection)
    press_kit.assets.add(PressAsset(title="Embargoed", kind="document", document=doc))
    press_kit.save_revision().publish()
    response = client.get(url_in(press_kit, language) + "download/")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(body(response)))
    assert b"embargoed figures" not in [archive.read(name) for name in archive.namelist()]
    assert len(archive.namelist()) - 1 == PressAsset.objects.filter(page=press_kit).count() - 1


def test_missing_document_file_is_a_404(client):
    doc = document("gone.pdf", b"%PDF")
    doc.file.storage.delete(doc.file.name)
    assert client.get(doc.url).status_code == 404
