"""The tools every app's demo module builds with: pages and images made once, counted.

The sections' demo modules (`showcase/demo.py`, `news/demo.py`) receive a `DemoKit` from
`home/demo/build.py` instead of importing it, so imports still run downward."""

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents.models import Document

from bilingual.pages import build_page
from core.models import CustomImage
from home.demo import images, samples


class DemoKit:
    def __init__(self, log=print, scale=1.0):
        self.log = log
        self.scale = scale  # tests draw smaller images: cheaper renditions, same pages
        self.created = 0

    def page(self, parent, model, *, title, slug, **fields):
        """Publish a page under `parent` unless one with the same Arabic slug is there."""
        existing = parent.get_children().filter(slug=slug["ar"]).first()
        if existing:
            return existing.specific
        page = build_page(model, parent, title=title, slug=slug, **fields)
        self.created += 1
        return page

    def image(self, key, alt, *, kind="photo", initials=""):
        """A sample image drawn locally, found again by its title `Demo: <key>`."""
        title = f"Demo: {key}"
        existing = CustomImage.objects.filter(title=title).first()
        if existing:
            return existing
        if kind == "logo":
            size = (int(480 * self.scale), int(288 * self.scale))
            data, name = images.logo(key, initials, size=size), f"{key}.png"
        else:
            size = (int(1600 * self.scale), int(900 * self.scale))
            data, name = images.photo(key, size=size), f"{key}.jpg"
        image = CustomImage(
            title=title,
            description_ar=alt["ar"],
            description_en=alt["en"],
            credit_ar=samples.IMAGE_CREDIT["ar"],
            credit_en=samples.IMAGE_CREDIT["en"],
            licence=samples.IMAGE_LICENCE,
            is_sample=True,
            file=ImageFile(ContentFile(data), name=name),
        )
        image.save()
        self.created += 1
        return image

    def document(self, title, filename, text):
        """A text document, found again by its title."""
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title, file=ContentFile(text.encode("utf-8"), name=filename))
        document.save()
        self.created += 1
        return document
