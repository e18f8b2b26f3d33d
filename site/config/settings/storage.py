"""Uploads: object storage, renditions, documents.

With AWS_STORAGE_BUCKET_NAME set, uploads (originals, renditions, documents) go to an
S3-compatible bucket and nothing is written to the app server's disk, which a platform does
not keep across restarts. Without it, MEDIA_ROOT (the default for bin/run and bin/test).
"""

import os
from urllib.parse import urlsplit

from .base import DEBUG
from .security import SECURE_CSP


def object_storage(
    bucket, *, endpoint_url=None, custom_domain=None, region=None, access_key=None, secret_key=None
):
    """The STORAGES entry for an S3-compatible bucket, and the origins its URLs are served from
    (for the Content Security Policy). A function so tests build the same entry for their
    own bucket on a loopback server."""
    # Imported here: botocore is heavy, and only a site with a bucket needs it.
    from botocore.config import Config

    storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url,
            "custom_domain": custom_domain,
            "region_name": region,
            "access_key": access_key,
            "secret_key": secret_key,
            # Plain URLs, not signed ones that expire: pages are cached, and a CDN caches them.
            "querystring_auth": False,
            # A new upload never replaces a file that a cached page still links to, so every
            # object can be cached for a year.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            # Access is the bucket policy's business (new AWS buckets refuse ACLs).
            "default_acl": None,
            # An unreachable bucket must cost a page little time, not minutes of retries.
            "client_config": Config(
                connect_timeout=2, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"}
            ),
        },
    }
    if custom_domain:
        origins = [f"https://{custom_domain}"]
    elif endpoint_url:
        parts = urlsplit(endpoint_url)
        # Path-style (endpoint/bucket/key) and virtual-hosted (bucket.endpoint/key) URLs.
        origins = [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://{bucket}.{parts.netloc}"]
    else:
        origins = [f"https://{bucket}.s3.amazonaws.com"]
        if region:
            origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return storage, origins


STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed names and gzip/brotli copies, served for a year by whitenoise.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"], _media_origins = object_storage(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        custom_domain=os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        region=os.environ.get("AWS_S3_REGION_NAME") or None,
        access_key=os.environ.get("AWS_ACCESS_KEY_ID") or None,
        secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
    )
    SECURE_CSP["img-src"] = [*SECURE_CSP["img-src"], *_media_origins]

# Documents go out through Django (Wagtail's serve view, wrapped by uploads.views), never by a
# redirect to the bucket: collection privacy is checked on every download, and every type is
# an attachment (no inline SVG or HTML from this origin).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
