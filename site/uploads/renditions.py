"""Image renditions made ahead of the first reader, so nobody waits for an AVIF encoder.

Each page type says which images it shows and in which shapes (`images_to_prepare()` on
core.models.BasePage); publishing a page makes those renditions after the commit, in the
editor's request. `prepare_renditions` (the command) does it for every live page.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.models import Page

from core.image_shapes import picture_specs

logger = logging.getLogger(__name__)

_paused = ContextVar("renditions_paused", default=False)


@contextmanager
def paused():
    """Publish without making renditions (a bulk load that makes them once at the end, or
    the test suite's demo site, which makes them only when a test needs them)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def is_paused():
    return _paused.get()


def prepare_image(image, shapes):
    """Make every rendition `image` needs in `shapes` (all formats); existing ones are kept."""
    specs = [spec for shape in shapes for group in picture_specs(image, shape).values() for spec in group]
    return image.get_renditions(*specs)


def prepare_page(page):
    """Make the renditions of every image `page` shows. Returns how many images were done.

    Runs after the publish is committed: a failure (storage unreachable, a broken file) is
    logged and leaves the page published; the reader's request then tries again.
    """
    done = 0
    for image, shapes in getattr(page, "images_to_prepare", lambda: [])():
        try:
            prepare_image(image, shapes)
            done += 1
        except Exception:
            logger.exception("Could not prepare renditions of image %s for page %s", image.pk, page.pk)
    return done


def prepare_live_pages():
    """Renditions for every live page (after a deploy, or after the demo is loaded)."""
    return sum(prepare_page(page) for page in Page.objects.live().specific().iterator())
