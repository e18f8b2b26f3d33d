"""Settings for the test suite: production settings (DEBUG off) with throwaway values.

The environment is still read in one place (config.settings); this only supplies the
values a test run needs when the environment does not.
"""

import os
import secrets
import tempfile

os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# The page cache is off for the suite (tests read pages they just changed without
# publishing); tests/pagecache turns it on.
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="ihc-test-media-"))

from config.settings import *  # noqa: E402,F403

# Hashing passwords slowly protects nothing in tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests read templates and static names without running collectstatic first.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# whitenoise looks for collected files at start-up; tests serve none from there.
STATIC_ROOT = tempfile.mkdtemp(prefix="ihc-test-static-")
# Each test's renditions are rolled back with its transaction; Wagtail's rendition cache (the
# default cache otherwise) would hand the next test renditions that no longer exist, and make
# query counts depend on what an earlier test left in it.
CACHES = {**CACHES, "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405
