"""The AWS_* variables switch uploads to a bucket; without them uploads stay in MEDIA_ROOT."""

import json
import secrets

from tests.core.test_production_settings import manage

SHOW = (
    "import json; from django.conf import settings as s; "
    "o = s.STORAGES['default'].get('OPTIONS', {}); "
    "print(json.dumps({'backend': s.STORAGES['default']['BACKEND'], "
    "'options': {k: v for k, v in o.items() if k != 'client_config'}, "
    "'img': s.SECURE_CSP['img-src'], 'docs': s.WAGTAILDOCS_SERVE_METHOD}))"
)
BASE = {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "ihc.example.org"}


def settings_with(**env):
    result = manage("shell", "-c", SHOW, **BASE, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_bucket_settings_come_from_the_environment():
    shown = settings_with(
        AWS_STORAGE_BUCKET_NAME="ihc-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_S3_REGION_NAME="me-south-1",
        AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",
    )
    assert shown["backend"] == "storages.backends.s3.S3Storage"
    options = shown["options"]
    assert options["bucket_name"] == "ihc-media"
    assert options["endpoint_url"] == "https://s3.example.net"
    assert options["custom_domain"] == "media.example.org"
    assert options["region_name"] == "me-south-1"
    assert options["access_key"] == "AKIDEXAMPLE"
    assert options["querystring_auth"] is False
    assert "https://media.example.org" in shown["img"]
    assert shown["docs"] == "serve_view"


def test_without_a_bucket_uploads_stay_on_local_storage():
    shown = settings_with(AWS_STORAGE_BUCKET_NAME="")
    assert shown["backend"] == "django.core.files.storage.FileSystemStorage"
    assert shown["img"] == ["'self'", "data:"]
