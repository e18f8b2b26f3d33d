"""A real S3-compatible server for tests: moto's standalone server in its own process, on a
free loopback port. Nothing in boto is patched; the site talks HTTP to it like to a bucket.

Fixtures (re-exported by tests/conftest.py):
- `moto_server`: the running server (session-wide); `.url`, `.client()`, `.stop()`.
- `s3_storage`: the site's default storage switched to a fresh bucket on that server, with
  MEDIA_ROOT pointed to an empty folder; `.keys()`, `.url_prefix`, `.media_root`.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
REGION = "us-east-1"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MotoServer:
    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        env = {**os.environ, **CREDENTIALS}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/moto-api/", timeout=1)  # noqa: S310 (loopback)
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("moto server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def create_bucket(self, name):
        # A plain `PUT /bucket` creates a bucket on moto's server.
        request = urllib.request.Request(f"{self.url}/{name}", method="PUT")  # noqa: S310 (loopback)
        urllib.request.urlopen(request, timeout=10)  # noqa: S310
        return name

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )


class S3Storage:
    """The site's uploads in one bucket, while the `s3_storage` fixture is active."""

    def __init__(self, server, bucket, media_root, previous_media_root):
        self.server = server
        self.bucket = bucket
        self.media_root = media_root
        self.previous_media_root = previous_media_root
        self.url_prefix = f"{server.url}/{bucket}/"

    def keys(self):
        listing = self.server.client().list_objects_v2(Bucket=self.bucket)
        return {item["Key"] for item in listing.get("Contents", [])}

    def read(self, key):
        return self.server.client().get_object(Bucket=self.bucket, Key=key)["Body"].read()

    def local_files(self):
        return [path for path in Path(self.media_root).rglob("*") if path.is_file()]


def storage_settings(endpoint_url, bucket):
    """Settings as config.settings makes them from AWS_* variables, for this endpoint."""
    from config.settings import object_storage

    storage, origins = object_storage(
        bucket,
        endpoint_url=endpoint_url,
        region=REGION,
        access_key=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        secret_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    csp = {**settings.SECURE_CSP, "img-src": [*settings.SECURE_CSP["img-src"], *origins]}
    return {"STORAGES": {**settings.STORAGES, "default": storage}, "SECURE_CSP": csp}


@pytest.fixture(scope="session")
def moto_server():
    server = MotoServer().start()
    yield server
    server.stop()


@pytest.fixture
def s3_storage(moto_server):
    bucket = moto_server.create_bucket(f"ihc-{uuid.uuid4().hex[:12]}")
    media_root = tempfile.mkdtemp(prefix="ihc-empty-media-")
    previous = settings.MEDIA_ROOT
    with override_settings(MEDIA_ROOT=media_root, **storage_settings(moto_server.url, bucket)):
        yield S3Storage(moto_server, bucket, media_root, previous)
    shutil.rmtree(media_root, ignore_errors=True)
