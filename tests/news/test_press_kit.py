"""The press kit: boilerplate with copy buttons, facts, contacts, assets, the ZIP."""

import io
import zipfile

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from news.models import NewsArticlePage, PressAsset, PressKitPage
from tests.factories import ArticleFactory, NewsIndexFactory, PressKitFactory, media_contact, press_asset
from tests.helpers import url_in


@pytest.fixture
def press_kit(bare_home):
    """A press kit with a logo, two photos and a document, and a media contact."""
    return PressKitFactory(
        parent=bare_home,
        contacts=[media_contact("media@example.org")],
        assets=[
            press_asset(kind, sort_order=n) for n, kind in enumerate(["logo", "photo", "photo", "document"])
        ],
        revision=True,
    )


def zip_url(press_kit, language):
    return url_in(press_kit, language) + "download/"


def read_zip(client, url):
    response = client.get(url)
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    assert int(response["Content-Length"]) == len(data)
    return response, zipfile.ZipFile(io.BytesIO(data))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_page_offers_boilerplate_facts_contacts_and_assets(client, press_kit, language):
    body = client.get(url_in(press_kit, language)).content.decode()
    assert getattr(press_kit, f"boilerplate_short_{language}") in body
    assert 'data-copy="boilerplate-short"' in body and 'data-copy="boilerplate-long"' in body
    assert "mailto:media@example.org" in body
    for asset in PressAsset.objects.filter(page=press_kit):
        assert getattr(asset, f"title_{language}") in body
        assert asset.download_url in body
        with translation.override(language):
            assert f"{asset.extension} · {filesizeformat(asset.file_size)}" in body


@pytest.mark.parametrize("language", ["ar", "en"])
def test_zip_holds_exactly_the_current_assets(client, press_kit, language):
    response, archive = read_zip(client, zip_url(press_kit, language))
    assert response["Content-Type"] == "application/zip"
    assert f"press-kit-{language}.zip" in response["Content-Disposition"]
    assets = PressAsset.objects.filter(page=press_kit)
    files = [name for name in archive.namelist() if name != "README.txt"]
    assert len(files) == assets.count()
    contents = sorted(archive.read(name) for name in files)
    expected = sorted(open(asset.file.path, "rb").read() for asset in assets)  # noqa: SIM115
    assert contents == expected
    readme = archive.read("README.txt").decode()
    assert getattr(press_kit, f"title_{language}") in readme


def test_zip_follows_changes_to_the_assets(client, press_kit):
    removed = PressAsset.objects.filter(page=press_kit, kind="photo").first()
    press_kit = PressKitPage.objects.get(pk=press_kit.pk)
    press_kit.assets = [a for a in press_kit.assets.all() if a.pk != removed.pk]
    press_kit.save_revision().publish()
    _response, archive = read_zip(client, zip_url(press_kit, "en"))
    assert len(archive.namelist()) - 1 == PressAsset.objects.filter(page=press_kit).count()
    assert open(removed.file.path, "rb").read() not in [archive.read(n) for n in archive.namelist()]  # noqa: SIM115


@pytest.mark.parametrize("language", ["ar", "en"])
def test_zip_without_assets_is_a_404(client, press_kit, language):
    press_kit.assets = []
    press_kit.save_revision().publish()
    response = client.get(zip_url(press_kit, language))
    assert response.status_code == 404
    assert f'lang="{language}"' in response.content.decode()


def test_lists_the_latest_press_releases_only(client, press_kit):
    newsroom = NewsIndexFactory(parent=press_kit.get_parent())
    for kind in ("press-release", "news", "press-release", "announcement"):
        ArticleFactory(parent=newsroom, kind=kind)
    body = client.get(url_in(press_kit, "en")).content.decode()
    releases = body.split("Latest press releases", 1)[1]
    for article in NewsArticlePage.objects.live():
        listed = url_in(article, "en") in releases
        assert listed == (article.kind == "press-release")
