"""Reading <picture> elements and uploads out of pages, for the upload tests."""

import io
import re

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from PIL import Image

from tests.helpers import url_in

PICTURE = re.compile(r"<picture>(.*?)</picture>", re.S)


def pictures(html):
    """Each <picture> as {"avif": srcset, "webp": srcset, "img": src, "img_srcset": srcset}."""
    found = []
    for inner in PICTURE.findall(html):
        sources = dict(re.findall(r'<source type="image/(\w+)" srcset="([^"]*)"', inner))
        img = re.search(r'<img src="([^"]*)" srcset="([^"]*)"', inner)
        found.append({**sources, "img": img.group(1), "img_srcset": img.group(2)})
    return found


def urls_of(picture):
    return [
        entry.strip().rsplit(" ", 1)[0]
        for key in ("avif", "webp", "img_srcset")
        for entry in picture[key].split(",")
    ] + [picture["img"]]


def assert_full_picture(picture):
    """AVIF first, then WebP, then a JPEG or PNG <img> every browser reads."""
    assert list(picture)[:2] == ["avif", "webp"], picture
    assert all(".avif" in entry for entry in picture["avif"].split(","))
    assert all(".webp" in entry for entry in picture["webp"].split(","))
    assert picture["img"].endswith((".jpg", ".png")), picture["img"]


def page_urls(pages, language):
    """The URLs of `pages` ({model: page}, see tests/filled_pages.py) in `language`."""
    return [url_in(page, language) for page in pages.values()]


def shrink_images_into(storage_root):
    """Put a small copy of every image's original into the current default storage (the
    bucket), under the same name: the site as it would be after its files moved there, with
    renditions that are quick to make."""
    from core.models import CustomImage

    local = FileSystemStorage(location=storage_root)
    for image in CustomImage.objects.all():
        with local.open(image.file.name) as file:
            picture = Image.open(file)
            picture.load()
        picture.thumbnail((192, 108))
        buffer = io.BytesIO()
        picture.save(buffer, "PNG" if image.file.name.endswith(".png") else "JPEG")
        name = default_storage.save(image.file.name, ContentFile(buffer.getvalue()))
        CustomImage.objects.filter(pk=image.pk).update(
            file=name, width=picture.width, height=picture.height, file_size=len(buffer.getvalue())
        )
