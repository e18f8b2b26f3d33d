"""The page cache on, empty and healthy for each test here (the rest of the suite runs with
it off)."""

import pytest
from django.core.cache import caches

from pagecache import store


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    store.reset_health()
    yield
    caches["pages"].clear()
    store.reset_health()
